/**
 * The key moments and the player: a click seeks the lesson (and leaves playing or paused as it was), the
 * marked moment follows the lesson's time wherever it is moved, and an ad's time in the same <video> is never
 * taken for the lesson's.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { chapterAt, keyMoment, markedMoment, momentName, showKeyMoments } from './harness/panel';
import { openWatch, pauseVideo, seekVideo, videoState } from './harness/youtube-page';

const LESSON = 'aircAruvnKk';

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

beforeEach(async () => {
  await openWatch(page, LESSON);
  await showKeyMoments(page);
});

describe('clicking a key moment', () => {
  it('seeks a playing video there, and it keeps playing', async () => {
    const neurons = chapterAt(LESSON, 2);
    await keyMoment(page, neurons).click();
    await expect.poll(async () => (await videoState(page)).currentTime).toBeGreaterThanOrEqual(neurons.start);
    const state = await videoState(page);
    expect(state.currentTime).toBeLessThan(neurons.start + 3);
    expect(state.paused).toBe(false);
    await page.waitForFunction((start) => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > start + 0.3, neurons.start);
    await expect.poll(() => markedMoment(page)).toBe(momentName(neurons));
  });

  it('seeks a paused video there, and it stays paused', async () => {
    await pauseVideo(page);
    const edges = chapterAt(LESSON, 5);
    await keyMoment(page, edges).click();
    await expect.poll(async () => (await videoState(page)).currentTime).toBe(edges.start);
    expect((await videoState(page)).paused).toBe(true);
    await expect.poll(() => markedMoment(page)).toBe(momentName(edges));
  });
});

describe('the marked moment', () => {
  it('follows the video when it is moved from the page', async () => {
    await pauseVideo(page);
    for (const index of [7, 3, 0, 11]) {
      const chapter = chapterAt(LESSON, index);
      await seekVideo(page, chapter.start + 2);
      await expect.poll(() => markedMoment(page)).toBe(momentName(chapter));
    }
  });

  it('stays on the lesson\'s moment while an ad plays in the same video, and after it', async () => {
    const layers = chapterAt(LESSON, 6);
    await seekVideo(page, layers.start + 10);
    await expect.poll(() => markedMoment(page)).toBe(momentName(layers));
    await page.evaluate(() => window.__yt!.playAd(2));
    // Let the ad play long enough for several timeupdate events (the ad's time reads as the first chapter's).
    await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > 1.2);
    expect((await videoState(page)).adShowing).toBe(true);
    expect(await markedMoment(page)).toBe(momentName(layers));
    await page.evaluate(() => window.__yt!.adFinished());
    expect((await videoState(page)).adShowing).toBe(false);
    expect(await markedMoment(page)).toBe(momentName(layers));
  });
});
