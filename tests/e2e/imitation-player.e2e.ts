/**
 * The imitation's player, shortcuts and layouts, without Margin: the behaviours the panel's tests lean on
 * (shortcuts that fire from a shadow root, ads in the same <video>, columns that move) must be real.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_VIEWPORT, launchBrowser, type MarginBrowser } from './harness/browser';
import { clearShortcuts, openWatch, pauseVideo, recordedShortcuts, seekVideo, setTheater, videoState } from './harness/youtube-page';

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser({ extension: false });
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

describe('keyboard shortcuts', () => {
  beforeEach(async () => {
    await openWatch(page, 'aircAruvnKk');
    await pauseVideo(page);
    await seekVideo(page, 100);
    await clearShortcuts(page);
  });

  it('fire from the page, in both of YouTube\'s phases, and act on the video', async () => {
    await page.locator('body').press('l');
    await page.locator('body').press('ArrowLeft');
    await page.locator('body').press('k');
    const shortcuts = await recordedShortcuts(page);
    expect(shortcuts).toEqual([
      { key: 'l', action: 'seek+10', phase: 'bubble' },
      { key: 'ArrowLeft', action: 'seek-5', phase: 'bubble' },
      { key: 'k', action: 'play', phase: 'capture' },
    ]);
    const state = await videoState(page);
    expect(state.currentTime).toBeGreaterThanOrEqual(105);
    expect(state.paused).toBe(false);
  });

  it('ignore keys typed into YouTube\'s own inputs', async () => {
    await page.locator('input#search').pressSequentially('kjl 5');
    expect(await recordedShortcuts(page)).toEqual([]);
    await expect(page.locator('input#search').inputValue()).resolves.toBe('kjl 5');
  });

  it('still fire for keys typed into an input inside a shadow root (the target is the host)', async () => {
    await page.evaluate(() => {
      const host = document.createElement('some-extension-ui');
      host.attachShadow({ mode: 'open' }).append(document.createElement('input'));
      document.querySelector('#secondary-inner')!.prepend(host);
    });
    await page.locator('some-extension-ui input').press('k');
    await page.locator('some-extension-ui input').press('j');
    expect((await recordedShortcuts(page)).map((s) => s.key)).toEqual(['k', 'j']);
    // YouTube prevents the key's default action, so the character never reaches the input.
    await expect(page.locator('some-extension-ui input').inputValue()).resolves.toBe('');
  });

  it('seek to tenths with digits, toggle mute and volume', async () => {
    for (const key of ['5', 'm', 'ArrowDown']) await page.locator('body').press(key);
    const state = await page.evaluate(() => {
      const video = document.querySelector<HTMLVideoElement>('#movie_player video')!;
      return { t: video.currentTime, muted: video.muted, volume: video.volume };
    });
    expect(state).toEqual({ t: 560, muted: true, volume: 0.95 });
  });
});

describe('ads', () => {
  it('play in the same <video> with ad-showing, then the lesson comes back where it was', async () => {
    await openWatch(page, 'aircAruvnKk');
    await seekVideo(page, 400);
    const before = await page.evaluateHandle(() => document.querySelector('#movie_player video'));
    await page.evaluate(() => window.__yt!.playAd(2));
    const during = await videoState(page);
    expect(during).toMatchObject({ adShowing: true, src: '/videoplayback?ad=1' });
    expect(during.currentTime).toBeLessThan(3);
    await expect(page.locator('#movie_player.ad-interrupting').count()).resolves.toBe(1);

    await page.evaluate(() => window.__yt!.adFinished());
    const after = await videoState(page);
    expect(after).toMatchObject({ adShowing: false, src: '/videoplayback?v=aircAruvnKk', paused: false });
    expect(after.currentTime).toBeGreaterThanOrEqual(400);
    expect(after.currentTime).toBeLessThan(404);
    expect(await before.evaluate((old) => old === document.querySelector('#movie_player video'))).toBe(true);
  });
});

describe('layouts', () => {
  afterAll(async () => page.setViewportSize(DEFAULT_VIEWPORT));

  it('theater mode moves the player into #full-bleed-container and it keeps playing', async () => {
    await openWatch(page, 'aircAruvnKk');
    await page.locator('body').press('t');
    await expect(page.locator('ytd-watch-flexy[theater] #full-bleed-container #movie_player').count()).resolves.toBe(1);
    const t = (await videoState(page)).currentTime;
    await page.waitForFunction((start) => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > start + 0.5, t);
    await setTheater(page, false);
    await expect(page.locator('#primary-inner #movie_player').count()).resolves.toBe(1);
  });

  it('a narrow window has one column: #secondary hidden, the related list in #below', async () => {
    await openWatch(page, 'aircAruvnKk');
    await page.setViewportSize({ width: 900, height: 800 });
    await page.waitForFunction(() => !document.querySelector('ytd-watch-flexy')!.hasAttribute('is-two-columns_'));
    await expect(page.locator('#secondary').isHidden()).resolves.toBe(true);
    await expect(page.locator('#below > #related').count()).resolves.toBe(1);
    await page.setViewportSize(DEFAULT_VIEWPORT);
    await page.waitForFunction(() => document.querySelector('ytd-watch-flexy')!.hasAttribute('is-two-columns_'));
    await expect(page.locator('#secondary-inner > #related').count()).resolves.toBe(1);
  });

  it('dark theme is html[dark]', async () => {
    await page.evaluate(() => window.__yt!.setDarkTheme(true));
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(15, 15, 15)');
    await page.evaluate(() => window.__yt!.setDarkTheme(false));
  });
});

describe('media', () => {
  it('is served in ranges (206), as seeking needs', async () => {
    const response = await page.evaluate(async () => {
      const r = await fetch('/videoplayback?v=aircAruvnKk', { headers: { Range: 'bytes=100-199' } });
      return { status: r.status, range: r.headers.get('content-range'), length: (await r.arrayBuffer()).byteLength };
    });
    expect(response.status).toBe(206);
    expect(response.range).toMatch(/^bytes 100-199\/\d+$/);
    expect(response.length).toBe(100);
  });
});
