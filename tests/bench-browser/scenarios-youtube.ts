/**
 * What a learner feels on YouTube itself, measured with and without Margin in the same run: the script every
 * page loads, a non-series page's load, SPA navigation between lessons, a fresh load, playback, memory.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { MarginBrowser } from '../e2e/harness/browser';
import { openPage, openWatch } from '../e2e/harness/youtube-page';
import { build } from './build';
import { SERIES_VIDEOS } from '../e2e/youtube/videos';
import { framesUntil, freshLoadResult, panelTitleIs, PANEL_ROOT, recordFreshLoad, waitUntil, youtubeTitleIs } from './probes';
import { extensionScriptMs, heapAfterGc, mainThreadMs, startProfile } from './metrics';
import type { Row } from './table';

export interface Pair {
  margin: MarginBrowser;
  plain: MarginBrowser;
}

const lesson = (index: number) => {
  const video = SERIES_VIDEOS[index];
  if (!video) throw new Error(`no series video ${index}`);
  return video;
};

export function alwaysLoadedRow(): Row {
  const manifest = JSON.parse(readFileSync(join(build.dir, 'manifest.json'), 'utf8')) as { content_scripts: { matches: string[]; js: string[] }[] };
  // Per site, what a page of it loads (the scripts whose matches name it); the row is the heaviest site.
  const hosts = [...new Set(manifest.content_scripts.flatMap((script) => script.matches))];
  const perHost = hosts.map((host) =>
    manifest.content_scripts
      .filter((script) => script.matches.includes(host))
      .flatMap((script) => script.js)
      .reduce((sum, file) => sum + gzipSync(readFileSync(join(build.dir, file)), { level: 9 }).length, 0),
  );
  return {
    figure: 'always-loaded script',
    unit: 'KB',
    samples: [Math.max(...perHost) / 1024],
    goal: { max: 8, text: '≤ 8 KB gzip' },
    note: 'the heaviest of the sites it runs on',
  };
}

export function panelScriptRow(): Row {
  const gzip = gzipSync(readFileSync(join(build.dir, 'margin-panel.js')), { level: 9 }).length;
  return { figure: 'panel script (injected on a lesson)', unit: 'KB', samples: [gzip / 1024], goal: { max: 25, text: '≤ 25 KB gzip' } };
}

const settle = (page: Page, ms: number) => page.waitForTimeout(ms);

/** Main-thread time of loading YouTube's home page (no series video), each browser `rounds` times, alternating. */
export async function nonSeriesLoadRow(pair: Pair, rounds: number): Promise<Row> {
  const measure = async (browser: MarginBrowser) => {
    const page = await browser.newPage();
    await openPage(page, '/');
    await settle(page, 300);
    const ms = await mainThreadMs(page);
    await page.close();
    return ms;
  };
  const withMargin: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    without.push(await measure(pair.plain));
    withMargin.push(await measure(pair.margin));
  }
  return {
    figure: 'non-series page: main-thread time of the load',
    unit: 'ms',
    samples: withMargin.map((ms, i) => ms - (without[i] ?? 0)),
    baseline: without,
    judge: 'median',
    goal: { max: 1, text: '≤ 1 ms added' },
    note: 'samples are with − without, round by round',
  };
}

/** Frames from `yt-navigate-finish` to the next lesson's title painted in the panel (and YouTube's own title). */
export async function navigationRow(pair: Pair, rounds: number): Promise<Row> {
  const run = async (browser: MarginBrowser, predicate: (title: string) => string) => {
    const page = await browser.newPage();
    await openWatch(page, lesson(0).id);
    if (browser === pair.margin) await waitUntil(page, panelTitleIs(lesson(0).title));
    const frames: number[] = [];
    for (let i = 0; i < rounds; i += 1) {
      const target = i % 2 === 0 ? lesson(1) : lesson(0);
      const result = await framesUntil(
        page,
        predicate(target.title),
        `document.addEventListener('yt-navigate-finish', begin, { once: true }); window.__yt.navigate(${JSON.stringify(`/watch?v=${target.id}`)});`,
      );
      frames.push(result.frames);
      await settle(page, 200);
    }
    await page.close();
    return frames;
  };
  const samples = await run(pair.margin, panelTitleIs);
  const baseline = await run(pair.plain, youtubeTitleIs);
  return {
    figure: 'navigation between lessons: yt-navigate-finish → title in panel',
    unit: 'frames',
    samples,
    baseline,
    goal: { max: 3, text: 'p95 ≤ 3 frames' },
    note: 'baseline: YouTube\'s own title',
  };
}

/** Frames from the side column existing to the panel painted, on a fresh load of a lesson. */
export async function freshLoadRow(pair: Pair, rounds: number): Promise<Row> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const page = await pair.margin.newPage();
    const video = lesson(i % 3);
    await recordFreshLoad(page, panelTitleIs(video.title));
    await openPage(page, `/watch?v=${video.id}`);
    samples.push((await freshLoadResult(page)).frames);
    await page.close();
  }
  return { figure: 'fresh load of a lesson: side column → panel painted', unit: 'frames', samples, goal: { max: 6, text: 'p95 ≤ 6 frames' } };
}

/** Main-thread time per minute of playback, and how often the panel's DOM changes while nothing visible should. */
export async function playbackRows(pair: Pair, seconds: number): Promise<Row[]> {
  const video = lesson(0);
  // Inside one long key moment: from its start + 2 s, the panel has nothing to show but the watched bar's progress.
  const chapter = [...video.chapters].map((c, i, all) => ({ start: c.start, end: all[i + 1]?.start ?? video.durationSeconds }))
    .find((c) => c.end - c.start > seconds + 4);
  if (!chapter) throw new Error('no key moment long enough for the playback figure');
  const run = async (browser: MarginBrowser, profiled = false) => {
    const page = await browser.newPage();
    await openWatch(page, video.id);
    if (browser === pair.margin) await waitUntil(page, panelTitleIs(video.title));
    await page.evaluate((t) => {
      const media = document.querySelector<HTMLVideoElement>('#movie_player video')!;
      media.currentTime = t;
      return media.play();
    }, chapter.start + 1);
    await settle(page, 1000);
    // Every batch of panel mutations, sorted by whether the panel's markup differs afterwards: a batch that leaves it
    // as it was (an attribute set to its own value, a node taken out and put back) is a render nothing visible asked
    // for; one that changes it (the watched bar's percentage, once a stretch of playback is saved) is shown to the
    // learner and is listed in the figure's note.
    await page.evaluate(`(() => {
      const bench = window.__marginBench = { churn: 0, shown: [] };
      const root = ${PANEL_ROOT};
      if (!root) return;
      let last = root.innerHTML;
      new MutationObserver((records) => {
        const now = root.innerHTML;
        if (now === last) bench.churn += records.length;
        else {
          const target = records[0].target;
          const element = target.nodeType === 1 ? target : target.parentElement;
          const labelled = element?.closest('[aria-label], [class]');
          bench.shown.push((labelled?.className || element?.nodeName || '?') + ': ' + (labelled?.getAttribute('aria-label') || element?.textContent || '').trim().slice(0, 60));
        }
        last = now;
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    })()`);
    if (profiled) await startProfile(page);
    const before = await mainThreadMs(page);
    await settle(page, seconds * 1000);
    const after = await mainThreadMs(page);
    const marginMs = profiled ? await extensionScriptMs(page) : Number.NaN;
    const { churn, shown } = (await page.evaluate('window.__marginBench ?? { churn: 0, shown: [] }')) as { churn: number; shown: string[] };
    await page.close();
    return { perMinute: ((after - before) * 60) / seconds, churn, shown, marginPerMinute: (marginMs * 60) / seconds };
  };
  const withMargin = await run(pair.margin);
  const without = await run(pair.plain);
  // The difference of two single windows of a busy page swings by ±15 % of the page's own time from run to run;
  // a third window, profiled, says how much of it is Margin's own script (the profiler slows what it watches).
  const profiled = await run(pair.margin, true);
  const added = withMargin.perMinute - without.perMinute;
  return [
    {
      figure: 'playback: main-thread time added per minute',
      unit: '%',
      samples: [(added / without.perMinute) * 100],
      baseline: undefined,
      judge: 'max',
      goal: { max: 1, text: '≤ 1 % of the page\'s own' },
      note: `${withMargin.perMinute.toFixed(0)} ms/min with, ${without.perMinute.toFixed(0)} ms/min without; Margin's scripts ran ${profiled.marginPerMinute.toFixed(0)} ms/min (CPU profile)`,
    },
    {
      figure: 'playback: panel DOM changes while nothing visible changes',
      unit: 'changes',
      samples: [withMargin.churn],
      judge: 'max',
      goal: { max: 0, text: '0 renders' },
      note: `${seconds} s inside one key moment; visible updates: ${withMargin.shown.length === 0 ? 'none' : withMargin.shown.map((change) => `"${change}"`).join(', ')}`,
    },
  ];
}

/** JavaScript heap of a lesson tab after garbage collection, with and without Margin. */
export async function memoryRow(pair: Pair, rounds: number): Promise<Row> {
  const run = async (browser: MarginBrowser) => {
    const page = await browser.newPage();
    await openWatch(page, lesson(0).id);
    if (browser === pair.margin) await waitUntil(page, panelTitleIs(lesson(0).title));
    await settle(page, 500);
    const bytes = await heapAfterGc(page);
    await page.close();
    return bytes;
  };
  const withMargin: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    without.push(await run(pair.plain));
    withMargin.push(await run(pair.margin));
  }
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return {
    figure: 'memory: JS heap added to a lesson tab',
    unit: 'MB',
    samples: withMargin.map((bytes, i) => mb(bytes - (without[i] ?? 0))),
    baseline: without.map(mb),
    judge: 'median',
    goal: { max: 3, text: '≤ 3 MB' },
  };
}
