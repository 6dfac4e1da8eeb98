/**
 * The lesson clock in Firefox (the MV2 build): the background injects the clock's bridge into the page's main
 * world, the bridge answers from YouTube's player API (imitation mode player-api), and after a stitched pre-roll
 * (mode stitched-ad) a key-moment jump lands on the lesson's second, not the media's.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { chapterAt, momentName } from '../harness/panel';
import { formatModes, formatParameters, MODES_COOKIE, PARAMETERS_COOKIE } from '../youtube/modes';
import { launchFirefox, type MarginFirefox } from './launch';
import { findIn, openWatch, ORIGIN, panelRoot } from './page';

const LESSON = 'aircAruvnKk';
const AD = 5;

let firefox: MarginFirefox;
let page: Page;

beforeAll(async () => {
  firefox = await launchFirefox();
  page = firefox.page;
  // The imitation reads its modes from cookies at boot: set them on its origin, then load the lesson.
  await page.goto(`${ORIGIN}/`);
  await page.evaluate(
    (cookies: string[]) => cookies.forEach((cookie) => (document.cookie = `${cookie}; path=/`)),
    [
      `${MODES_COOKIE}=${encodeURIComponent(formatModes(['player-api', 'stitched-ad']))}`,
      `${PARAMETERS_COOKIE}=${encodeURIComponent(formatParameters({ 'stitched-ad-seconds': AD }))}`,
    ],
  );
  await openWatch(page, LESSON);
});
afterAll(async () => firefox?.close());

it("reads the player's API through the main-world bridge, and jumps in lesson seconds after a stitched ad", async () => {
  const root = await panelRoot(page);
  const moment = chapterAt(LESSON, 7);
  await (await findIn(page, root, 'button', momentName(moment))).click();
  await page.waitForFunction((to: number) => document.querySelector('video')!.currentTime >= to, {}, moment.start + AD);
  const media = await page.evaluate(() => document.querySelector('video')!.currentTime);
  expect(media - AD).toBeGreaterThanOrEqual(moment.start);
  expect(media - AD).toBeLessThan(moment.start + 2);
  const answer = await page.evaluate(() => document.querySelector('margin-clock')?.getAttribute('data-answer') ?? null);
  expect(JSON.parse(answer ?? 'null')).toMatchObject({ id: LESSON });
});
