/**
 * `npm run bench:browser`: Margin measured in Debian's Chromium against the imitation of YouTube, each figure
 * beside the same browser without Margin where there is one, printed as one table with the goals of issue 12.
 * Not part of `npm test` (figures, not assertions). `-- --quick` takes fewer samples; `-- --samples` prints every
 * sample too, in the order taken (an outlier in the first round is a cold start, in every round a pattern).
 */
import { launchBrowser } from '../e2e/harness/browser';
import { buildExtension } from '../e2e/setup/prepare';
import { busyLessonRows, crossTabRow, fileRows, notebookRows } from './scenarios-notes';
import { alwaysLoadedRow, panelScriptRow, freshLoadRow, memoryRow, navigationRow, nonSeriesLoadRow, playbackRows } from './scenarios-youtube';
import { meets, printComparison, printTable, type Row } from './table';
import { build, withBuild } from './build';
import { resolve } from 'node:path';

/** Every figure for the build in `build.dir`. */
async function measure(quick: boolean, only: string[] | undefined): Promise<Row[]> {
  const n = (full: number, short: number) => (quick ? short : full);
  const rows: Row[] = [alwaysLoadedRow(), panelScriptRow()];
  const step = async (name: string, work: () => Promise<Row[]>): Promise<Row[]> => {
    if (only && !only.includes(name)) return [];
    const t0 = Date.now();
    const result = await work();
    console.log(`[bench:browser] ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return result;
  };

  const pair = { margin: await launchBrowser(withBuild()), plain: await launchBrowser({ extension: false }) };
  try {
    rows.push(...(await step('non-series page', async () => [await nonSeriesLoadRow(pair, n(15, 5))])));
    rows.push(...(await step('navigation', async () => [await navigationRow(pair, n(30, 8))])));
    rows.push(...(await step('fresh load', async () => [await freshLoadRow(pair, n(20, 6))])));
    rows.push(...(await step('playback', () => playbackRows(pair, n(20, 8)))));
    rows.push(...(await step('memory', async () => [await memoryRow(pair, n(5, 2))])));
  } finally {
    await pair.margin.close();
    await pair.plain.close();
  }
  rows.push(...(await step('cross-tab', async () => [await crossTabRow(n(20, 6))])));
  rows.push(...(await step('notebook', () => notebookRows(n(5, 2)))));
  rows.push(...(await step('busy lesson', () => busyLessonRows(n(10, 3)))));
  rows.push(...(await step('files', () => fileRows(n(3, 1)))));
  return rows;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
  const before = process.argv.find((arg) => arg.startsWith('--before='))?.slice('--before='.length);
  const started = Date.now();
  if (!process.argv.includes('--no-build')) buildExtension();
  const current = build.dir;

  let earlier: Row[] | undefined;
  if (before) {
    build.dir = resolve(before);
    console.log(`[bench:browser] measuring the earlier build in ${build.dir}`);
    earlier = await measure(quick, only);
    build.dir = current;
  }
  console.log(`[bench:browser] measuring this checkout's build in ${build.dir}`);
  const rows = await measure(quick, only);

  const heading = `Debian Chromium, imitation of YouTube; ${quick ? 'quick' : 'full'} run, ${((Date.now() - started) / 1000).toFixed(0)} s`;
  if (earlier) {
    console.log(`\nThe earlier build (${before}), ${heading}\n`);
    console.log(printTable(earlier));
    console.log(`\n${earlier.filter(meets).length} of ${earlier.length} figures meet their goal.`);
  }
  console.log(`\nMargin as built here, ${heading}\n`);
  console.log(printTable(rows));
  console.log(`\n${rows.filter(meets).length} of ${rows.length} figures meet their goal.`);
  if (process.argv.includes('--samples')) {
    for (const row of rows) console.log(`${row.figure}: ${row.samples.map((sample) => +sample.toFixed(2)).join(', ')}`);
  }
  if (earlier) {
    console.log('\nBefore → after (median; p95)\n');
    console.log(printComparison(earlier, rows));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
