/**
 * `npm run bench:browser`: Margin measured in Debian's Chromium against the imitation of YouTube, each figure
 * beside the same browser without Margin where there is one, printed as one table with the goals of issue 12.
 * Not part of `npm test` (figures, not assertions). `-- --quick` takes fewer samples.
 */
import { launchBrowser } from '../e2e/harness/browser';
import { buildExtension } from '../e2e/setup/prepare';
import { busyLessonRows, crossTabRow, fileRows, notebookRows } from './scenarios-notes';
import { alwaysLoadedRow, panelScriptRow, freshLoadRow, memoryRow, navigationRow, nonSeriesLoadRow, playbackRows } from './scenarios-youtube';
import { meets, printTable, type Row } from './table';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const n = (full: number, short: number) => (quick ? short : full);
  const started = Date.now();
  if (!process.argv.includes('--no-build')) buildExtension();
  const rows: Row[] = [alwaysLoadedRow(), panelScriptRow()];
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
  const step = async (name: string, work: () => Promise<Row[]>): Promise<Row[]> => {
    if (only && !only.includes(name)) return [];
    const t0 = Date.now();
    const result = await work();
    console.log(`[bench:browser] ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return result;
  };

  const pair = { margin: await launchBrowser(), plain: await launchBrowser({ extension: false }) };
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

  console.log(`\nMargin in the browser (Debian Chromium, imitation of YouTube; ${quick ? 'quick' : 'full'} run, ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  console.log(printTable(rows));
  const failing = rows.filter((row) => !meets(row));
  console.log(`\n${rows.length - failing.length} of ${rows.length} figures meet their goal.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
