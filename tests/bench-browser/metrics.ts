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
