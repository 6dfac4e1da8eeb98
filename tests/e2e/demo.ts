/**
 * `npm run demo`: Margin on the imitation's watch page of the first lesson, in Debian's Chromium. Headed when
 * there is a display, headless otherwise; either way a screenshot goes to .output/demo.png. Runs until Ctrl+C
 * (or the browser window is closed); `--once` exits right after the screenshot.
 */
import { join } from 'node:path';
import { launchBrowser } from './harness/browser';
import { openWatch } from './harness/youtube-page';
import { ROOT } from './setup/paths';
import { buildExtension } from './setup/prepare';
import { SERIES_VIDEOS } from './youtube/videos';

async function main(): Promise<void> {
  const once = process.argv.includes('--once');
  const headless = !process.env.DISPLAY;
  buildExtension();
  const browser = await launchBrowser({ headless, viewport: headless ? undefined : null, callerHandlesSignals: true });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await browser.close();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  try {
    const page = await browser.newPage();
    const first = SERIES_VIDEOS[0];
    if (!first) throw new Error('no series video in assets/series');
    await openWatch(page, first.id);
    await page.locator('margin-panel').getByRole('complementary', { name: 'Margin' }).waitFor();
    const path = join(ROOT, '.output/demo.png');
    await page.screenshot({ path });
    console.log(`Margin is showing on https://www.youtube.com/watch?v=${first.id} (the local imitation).`);
    console.log(`Screenshot: ${path}`);
  } catch (error) {
    console.error(error);
    await stop(1);
  }
  if (once) return stop(0);
  console.log(headless ? 'Running headless (no $DISPLAY). Press Ctrl+C to stop.' : 'Press Ctrl+C (or close the window) to stop.');
  browser.context.once('close', () => void stop(0));
}

void main();
