/** The DevTools protocol's page metrics: main-thread time spent so far, and the JavaScript heap after a collection. */
import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, CDPSession>();

async function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    sessions.set(page, cdp);
  }
  return cdp;
}

async function metrics(page: Page): Promise<Record<string, number>> {
  const { metrics: list } = await (await session(page)).send('Performance.getMetrics');
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

/** Milliseconds of main-thread work (all tasks) the page has done since it was opened. */
export async function mainThreadMs(page: Page): Promise<number> {
  return ((await metrics(page)).TaskDuration ?? Number.NaN) * 1000;
}

/** Milliseconds of script run on the page's main thread (every world: the page's and Margin's). */
export async function scriptMs(page: Page): Promise<number> {
  return ((await metrics(page)).ScriptDuration ?? Number.NaN) * 1000;
}

/** Bytes of JavaScript heap in use after a full garbage collection. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await session(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(page)).JSHeapUsedSize ?? Number.NaN;
}

/** Starts the JavaScript sampling profiler in the page (every world), for extensionScriptMs. */
export async function startProfile(page: Page): Promise<void> {
  const cdp = await session(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/**
 * Stops the profiler and answers with the milliseconds sampled inside an extension's scripts: every sample with a
 * chrome-extension:// frame on its stack, so what those scripts call (the DOM, events they dispatch) counts too.
 */
export async function extensionScriptMs(page: Page): Promise<number> {
  const cdp = await session(page);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inExtension = new Map<number, boolean>();
  const check = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = !!node && (node.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && check(up)));
    inExtension.set(id, result);
    return result;
  };
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (check(id)) micros += profile.timeDeltas[i + 1] ?? 0;
  });
  return micros / 1000;
}
