/**
 * Issue 7's real-site behaviours in Firefox, with the imitation's modes (cookie-switched, as in the Chromium
 * tests): lesson time through YouTube's player API under a stitched pre-roll (Margin's main-world bridge must work
 * in Gecko), the panel put back when YouTube re-renders its columns, and the floating chip on a watch root Margin
 * does not know. One browser for the file.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { chapterAt, momentName } from '../harness/panel';
import { formatModes, formatParameters, MODES_COOKIE, PARAMETERS_COOKIE, type ImitationMode } from '../youtube/modes';
import { launchFirefox, type MarginFirefox } from './launch';
import { findIn, openWatch, PANEL_TAG, shadowRootOf } from './page';

const LESSON = 'aircAruvnKk';
/** Short, so the test waits little for the ad to end. */
const AD = 5;

let firefox: MarginFirefox;
let page: Page;

beforeAll(async () => {
  firefox = await launchFirefox();
  page = firefox.page;
});
afterAll(async () => firefox?.close());

/** Switches the imitation's modes for the next full loads (the page script reads the cookies at boot). */
async function setModes(modes: ImitationMode[]): Promise<void> {
  await page.evaluate(
    (names: string, parameters: string, modesCookie: string, parametersCookie: string) => {
      document.cookie = `${modesCookie}=${encodeURIComponent(names)}; path=/`;
      document.cookie = `${parametersCookie}=${encodeURIComponent(parameters)}; path=/`;
    },
    formatModes(modes),
    formatParameters({ 'stitched-ad-seconds': AD }),
    MODES_COOKIE,
    PARAMETERS_COOKIE,
  );
}

async function panelShadow() {
  const host = await page.waitForSelector(PANEL_TAG);
  if (!host) throw new Error('no panel host');
  return shadowRootOf(host);
}

const lessonTime = () => page.evaluate(() => (document.querySelector('#movie_player') as unknown as { getCurrentTime(): number }).getCurrentTime());
const mediaTime = () => page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime);

it("after a stitched pre-roll, a key-moment jump lands on the lesson's second (player API through the bridge)", async () => {
  await page.goto('https://www.youtube.com/');
  await setModes(['player-api', 'stitched-ad']);
  await openWatch(page, LESSON);
  const root = await panelShadow();
  const chapter = chapterAt(LESSON, 5);
  const moment = await findIn(page, root, 'button', momentName(chapter));
  await page.waitForFunction(() => !document.querySelector('#movie_player')!.classList.contains('ad-showing'));
  await moment.click();
  await page.waitForFunction(
    (start: number) => (document.querySelector('#movie_player') as unknown as { getCurrentTime(): number }).getCurrentTime() >= start - 0.5,
    {},
    chapter.start,
  );
  expect(Math.abs((await lessonTime()) - chapter.start)).toBeLessThanOrEqual(1);
  expect(await mediaTime()).toBeGreaterThanOrEqual(chapter.start + AD - 1);
  await page.waitForFunction(
    (r: ShadowRoot, name: string) => {
      const marked = r.querySelector('button[aria-current="true"]');
      return marked !== null && (marked.getAttribute('aria-label') ?? marked.textContent ?? '').trim() === name;
    },
    {},
    root,
    momentName(chapter),
  );
});

it('puts the panel back when YouTube re-renders its columns', async () => {
  await setModes([]);
  await openWatch(page, LESSON);
  await panelShadow();
  const back = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        window.__yt!.rerenderColumns();
        requestAnimationFrame(() => resolve(document.querySelector('#secondary-inner > margin-panel') !== null));
      }),
  );
  expect(back).toBe(true);
});

it('shows the floating "Margin" chip on a watch root Margin does not know, and it opens the panel', async () => {
  await setModes(['unknown-watch-root', 'player-api']);
  await openWatch(page, LESSON);
  const root = await panelShadow();
  const chip = await findIn(page, root, 'button', 'Margin');
  expect(await chip.evaluate((el) => el.getAttribute('aria-expanded'))).toBe('false');
  await chip.click();
  await page.waitForFunction((el: HTMLElement) => el.getAttribute('aria-expanded') === 'true', {}, chip);
  await findIn(page, root, '[role="tab"]', 'Key moments');
  await setModes([]);
});
