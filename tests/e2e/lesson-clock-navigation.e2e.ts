/**
 * The navigation race (imitation mode media-gap): after the address changes to lesson B, lesson A's video plays
 * on for a while before the player swaps to B. Margin must take none of A's readings for B's: no key moment of B
 * marked, no "Add note at" time, no watched range or resume position of B made of A's seconds. Run twice: with
 * YouTube's player API (the bridge's `getVideoData().video_id` gates) and without it (the watch page's
 * `video-id` together with a media load gate).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { setImitationModes } from './harness/imitation-modes';
import { chaptersOf, markedMoment, momentName, momentNames, showKeyMoments } from './harness/panel';
import { openWatch, pauseVideo, seekVideo, spaNavigate, videoState } from './harness/youtube-page';
import { storedProgress } from './harness/stored';

const [A, B] = ['aircAruvnKk', 'IHZwWFHWa-w'] as const;
const GAP_MS = 2500;
/** Where lesson A plays when the address moves on: inside one of B's chapters, far from B's start. */
const A_AT = 400;

for (const playerApi of [true, false]) {
  describe(`a media gap after navigation, ${playerApi ? 'with' : 'without'} the player API`, () => {
    let browser: MarginBrowser;
    let page: Page;
    beforeAll(async () => {
      browser = await launchBrowser();
    await setImitationModes(browser.context, playerApi ? ['media-gap', 'player-api'] : ['media-gap'], { 'media-gap-ms': GAP_MS });
      page = await browser.newPage();
      await openWatch(page, A);
      await showKeyMoments(page);
      await seekVideo(page, A_AT);
      await page.waitForFunction((t) => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > t, A_AT + 2.5);
    });
    afterAll(async () => browser?.close());

    it("marks none of B's moments while A plays on, then follows B once the player shows it", async () => {
      // B has a chapter under A's position: taking A's time for B's would mark it.
      expect(chaptersOf(B).some((c) => c.start > 0 && c.start < A_AT)).toBe(true);
      await spaNavigate(page, `/watch?v=${B}`);
      await expect.poll(() => momentNames(page)).toEqual(chaptersOf(B).map(momentName));
      // A few of A's timeupdates reach the panel of B.
      const shownAt = (await videoState(page)).currentTime;
      await page.waitForFunction((t) => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > t + 0.6, shownAt);
      expect(await markedMoment(page)).toBeNull();
      // All of that happened while the player still played A.
      const during = await videoState(page);
      expect(during.src).toContain(A);
      expect(during.currentTime).toBeGreaterThan(A_AT);

      await page.waitForFunction((id) => document.querySelector('#movie_player video')!.getAttribute('src')!.includes(id), B);
      await page.evaluate(() => window.__yt!.whenPlaying());
      await expect.poll(() => markedMoment(page)).toBe(momentName(chaptersOf(B)[0]!));
    });

    it("records no second of A as watched in B, nor A's position as where to resume B", async () => {
      await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > 2.5);
      await pauseVideo(page);
      await expect.poll(async () => (await storedProgress(browser.worker!, B))?.watched.length ?? 0).toBeGreaterThan(0);
      const progress = (await storedProgress(browser.worker!, B))!;
      expect(progress.watched.every(([from, to]) => from >= 0 && to < 30), JSON.stringify(progress.watched)).toBe(true);
      expect(progress.lastPosition).toBeLessThan(30);
      // A's own seconds went to A.
      const a = await storedProgress(browser.worker!, A);
      expect(a?.watched.some(([from, to]) => from <= A_AT + 1 && to > A_AT + 1) ?? false).toBe(true);
    });
  });
}
