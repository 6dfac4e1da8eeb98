/**
 * Issue 7's navigation race in Firefox (imitation mode media-gap, with YouTube's player API): after the address
 * moves to lesson B, lesson A plays on for a while. Margin's panel shows B but marks none of B's moments on A's
 * time, follows B once the player shows it, and records none of A's seconds as watched in B.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { JSHandle, Page } from 'puppeteer-core';
import { chaptersOf, momentName } from '../harness/panel';
import { getSeriesVideo } from '@/utils/series-data';
import type { Progress } from '@/utils/progress';
import { formatModes, formatParameters, MODES_COOKIE, PARAMETERS_COOKIE } from '../youtube/modes';
import { openExtensionPage } from './browser-chrome';
import { launchFirefox, type MarginFirefox } from './launch';
import { openWatch, panelRoot } from './page';

const [A, B] = ['aircAruvnKk', 'IHZwWFHWa-w'] as const;
/** Long: headless Firefox here can take seconds to deliver a frame, and the checks must fall inside the gap. */
const GAP_MS = 8000;
const A_AT = 400;

let firefox: MarginFirefox;
let page: Page;
let root: JSHandle<ShadowRoot>;

beforeAll(async () => {
  firefox = await launchFirefox();
  page = firefox.page;
  await page.goto('https://www.youtube.com/');
  await page.evaluate(
    (names: string, parameters: string, modesCookie: string, parametersCookie: string) => {
      document.cookie = `${modesCookie}=${encodeURIComponent(names)}; path=/`;
      document.cookie = `${parametersCookie}=${encodeURIComponent(parameters)}; path=/`;
    },
    formatModes(['media-gap', 'player-api']),
    formatParameters({ 'media-gap-ms': GAP_MS }),
    MODES_COOKIE,
    PARAMETERS_COOKIE,
  );
  await openWatch(page, A);
  root = await panelRoot(page);
  await page.evaluate((t: number) => {
    document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = t;
  }, A_AT);
  await page.waitForFunction((t: number) => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > t, {}, A_AT + 2);
});
afterAll(async () => firefox?.close());

const markedMoment = () =>
  page.evaluate((r: ShadowRoot) => r.querySelector('button[aria-current="true"]')?.getAttribute('aria-label') ?? r.querySelector('button[aria-current="true"]')?.textContent?.trim() ?? null, root);

it("marks none of B's moments while A plays on, then follows B once the player shows it", async () => {
  expect(chaptersOf(B).some((c) => c.start > 0 && c.start < A_AT)).toBe(true);
  void page.evaluate((url: string) => window.__yt!.navigate(url), `/watch?v=${B}`);
  const title = getSeriesVideo(B)!.title;
  await page.waitForFunction((r: ShadowRoot, t: string) => r.querySelector('.title')?.textContent === t, {}, root, title);
  const shownAt = await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime);
  await page.waitForFunction((t: number) => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > t + 0.6, {}, shownAt);
  // Read together, so that the mark is the one shown while the player still played A.
  const during = await page.evaluate(
    (r: ShadowRoot) => ({
      src: document.querySelector('#movie_player video')!.getAttribute('src') ?? '',
      marked: r.querySelector('button[aria-current="true"]')?.textContent?.trim() ?? null,
    }),
    root,
  );
  expect(during.src).toContain(A);
  expect(during.marked).toBeNull();

  await page.waitForFunction((id: string) => document.querySelector('#movie_player video')!.getAttribute('src')!.includes(id), { timeout: 30_000 }, B);
  await page.waitForFunction((r: ShadowRoot) => r.querySelector('button[aria-current="true"]') !== null, { timeout: 15_000 }, root);
  expect(await markedMoment()).toBe(momentName(chaptersOf(B)[0]!));
});

it("records no second of A as watched in B", async () => {
  await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > 3, { timeout: 15_000 });
  await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
  const extensionPage = await openExtensionPage(firefox, 'popup.html');
  try {
    const progressOf = (videoId: string) =>
      extensionPage.evaluate(async (id: string) => {
        const { browser } = globalThis as unknown as { browser: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value: unknown }> } } };
        const reply = await browser.runtime.sendMessage({ margin: 1, type: 'progress/get', payload: { videoId: id } });
        return reply.ok ? reply.value : null;
      }, videoId) as Promise<Progress | null>;
    let b: Progress | null = null;
    for (let i = 0; i < 50 && !(b?.watched.length); i += 1) {
      b = await progressOf(B);
      if (!b?.watched.length) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(b?.watched.length ?? 0).toBeGreaterThan(0);
    expect(b!.watched.every(([from, to]) => from >= 0 && to < 30), JSON.stringify(b!.watched)).toBe(true);
    expect(b!.lastPosition).toBeLessThan(30);
    const a = await progressOf(A);
    // A's own seconds are A's: the stretch from the seek to the last reading before the address moved on (the
    // clock reads playback once a lesson second, so it may end at A_AT + 1).
    expect(a?.watched.some(([from, to]) => from <= A_AT && to >= A_AT + 1) ?? false, JSON.stringify(a)).toBe(true);
  } finally {
    await extensionPage.close();
  }
});
