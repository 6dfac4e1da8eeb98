/**
 * The lesson clock on the phone site, through its own navigation with a media gap (imitation mode media-gap):
 * after the address moves to lesson B, lesson A's video plays on for a while. The phone page names its video
 * nowhere but in the address, so Margin must wait for the player: with YouTube's player API (the bridge's
 * `getVideoData().video_id`) and without it (the address together with the player's own media load, counted
 * from `state-navigatestart`). No key moment of B marked on A's time, no second of A recorded for B.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { chaptersOf, markedMoment, momentName, momentNames, showKeyMoments } from './harness/panel';
import { storedProgress } from './harness/stored';
import { emulatePhone, MOBILE_ORIGIN, mobileNavigate, openMobileWatch } from './harness/mobile-page';
import { formatModes, formatParameters, MODES_COOKIE, PARAMETERS_COOKIE } from './youtube/modes';

const [A, B] = ['aircAruvnKk', 'IHZwWFHWa-w'] as const;
const GAP_MS = 2500;
const A_AT = 400;

const mediaSrc = (page: Page) => page.evaluate(() => document.querySelector('#movie_player video')!.getAttribute('src') ?? '');
const mediaTime = (page: Page) => page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime);

for (const playerApi of [true, false]) {
  describe(`the phone site's navigation with a media gap, ${playerApi ? 'with' : 'without'} the player API`, () => {
    let browser: MarginBrowser;
    let page: Page;
    beforeAll(async () => {
      browser = await launchBrowser();
      await browser.context.addCookies([
        { name: MODES_COOKIE, value: encodeURIComponent(formatModes(playerApi ? ['media-gap', 'player-api'] : ['media-gap'])), url: MOBILE_ORIGIN },
        { name: PARAMETERS_COOKIE, value: encodeURIComponent(formatParameters({ 'media-gap-ms': GAP_MS })), url: MOBILE_ORIGIN },
      ]);
      page = await browser.newPage();
      await emulatePhone(page);
      await openMobileWatch(page, A);
      const api = await page.evaluate(() => typeof (document.querySelector('#movie_player') as unknown as { getVideoData?: unknown }).getVideoData);
      if (api !== (playerApi ? 'function' : 'undefined')) throw new Error(`the phone player's API is ${api}`);
      await showKeyMoments(page);
      await page.evaluate((t) => (document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = t), A_AT);
      await page.waitForFunction((t) => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > t, A_AT + 2.5);
      // A's own moment is marked while A plays.
      await page.waitForFunction(() => document.querySelector('margin-panel')?.shadowRoot?.querySelector('[role="tabpanel"] button[aria-current="true"]') != null);
    });
    afterAll(async () => browser?.close());

    it("marks none of B's moments while A plays on, then follows B once the player shows it", async () => {
      expect(chaptersOf(B).some((c) => c.start > 0 && c.start < A_AT)).toBe(true);
      await mobileNavigate(page, `/watch?v=${B}`);
      await expect.poll(() => momentNames(page)).toEqual(chaptersOf(B).map(momentName));
      const shownAt = await mediaTime(page);
      await page.waitForFunction((t) => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > t + 0.6, shownAt);
      expect(await markedMoment(page)).toBeNull();
      expect(await mediaSrc(page)).toContain(A);
      expect(await mediaTime(page)).toBeGreaterThan(A_AT);

      await page.waitForFunction((id) => document.querySelector('#movie_player video')!.getAttribute('src')!.includes(id), B);
      await page.evaluate(() => window.__ytm!.whenPlaying());
      await expect.poll(() => markedMoment(page)).toBe(momentName(chaptersOf(B)[0]!));
    });

    it("records no second of A as watched in B, nor A's position as where to resume B", async () => {
      await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > 2.5);
      await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
      await expect.poll(async () => (await storedProgress(browser.worker!, B))?.watched.length ?? 0).toBeGreaterThan(0);
      const progress = (await storedProgress(browser.worker!, B))!;
      expect(progress.watched.every(([from, to]) => from >= 0 && to < 30), JSON.stringify(progress.watched)).toBe(true);
      expect(progress.lastPosition).toBeLessThan(30);
      const a = await storedProgress(browser.worker!, A);
      expect(a?.watched.some(([from, to]) => from <= A_AT + 1 && to > A_AT + 1) ?? false).toBe(true);
    });

    it('does the same on the way back, now that the player has loaded a video under the panel', async () => {
      await page.evaluate((t) => {
        const video = document.querySelector<HTMLVideoElement>('#movie_player video')!;
        video.currentTime = t;
        void video.play();
      }, A_AT);
      await page.waitForFunction((t) => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > t, A_AT + 1);
      await mobileNavigate(page, `/watch?v=${A}`);
      await expect.poll(() => momentNames(page)).toEqual(chaptersOf(A).map(momentName));
      const shownAt = await mediaTime(page);
      await page.waitForFunction((t) => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > t + 0.6, shownAt);
      expect(await markedMoment(page)).toBeNull();
      expect(await mediaSrc(page)).toContain(B);
      await page.waitForFunction((id) => document.querySelector('#movie_player video')!.getAttribute('src')!.includes(id), A);
      await page.evaluate(() => window.__ytm!.whenPlaying());
      await expect.poll(() => markedMoment(page)).toBe(momentName(chaptersOf(A)[0]!));
    });
  });
}
