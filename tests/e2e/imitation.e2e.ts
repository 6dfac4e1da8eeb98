/**
 * The imitation itself, without Margin: if it stops behaving like YouTube where an extension can tell, the
 * panel's tests would pass for the wrong reasons. Navigation, the kept player, CSP and Trusted Types.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { clickAndNavigate, goBack, openPage, openWatch, relatedLink, spaNavigate, videoState } from './harness/youtube-page';

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser({ extension: false });
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

describe('watch page', () => {
  it('has YouTube\'s structure and plays a video as long as the real one', async () => {
    await openWatch(page, 'aircAruvnKk');
    const flexy = page.locator('ytd-app > #content > ytd-page-manager#page-manager > ytd-watch-flexy[is-two-columns_]');
    await expect(flexy.getAttribute('video-id')).resolves.toBe('aircAruvnKk');
    const inner = '#columns > #primary > #primary-inner';
    await expect(flexy.locator(`${inner} > #player #movie_player.html5-video-player > .html5-video-container > video.video-stream.html5-main-video`).count()).resolves.toBe(1);
    await expect(flexy.locator(`${inner} #movie_player .ytp-chrome-bottom .ytp-progress-bar[role=slider] .ytp-chapters-container .ytp-chapter-hover-container`).count()).resolves.toBe(12);
    await expect(flexy.locator(`${inner} > #below > ytd-watch-metadata #title h1`).textContent()).resolves.toBe('But what is a neural network?');
    await expect(flexy.locator('#secondary > #secondary-inner > #related a#thumbnail.yt-simple-endpoint').count()).resolves.toBeGreaterThan(8);
    const state = await videoState(page);
    expect(state.paused).toBe(false);
    expect(state.duration).toBeCloseTo(1120, 0);
  });

  it('fires yt-navigate-finish on the first load', async () => {
    const events = await page.evaluate(() => window.__yt!.events.map((e) => e.type));
    expect(events).toEqual(['yt-page-data-updated', 'yt-navigate-finish']);
  });

  it('starts at &t=', async () => {
    await openWatch(page, 'IHZwWFHWa-w', '&t=300s');
    expect((await videoState(page)).currentTime).toBeGreaterThanOrEqual(300);
  });
});

describe('single-page navigation', () => {
  it('follows a related link without reloading, keeping the same <video>', async () => {
    await openWatch(page, 'aircAruvnKk');
    const loads = browser.imitation.documentRequests.length;
    await page.evaluate(() => ((document.querySelector('#movie_player video') as HTMLVideoElement & { mark?: string }).mark = 'first'));
    await page.evaluate(() => window.__yt!.events.splice(0));

    const url = await clickAndNavigate(page, relatedLink('IHZwWFHWa-w'));

    expect(url).toBe('https://www.youtube.com/watch?v=IHZwWFHWa-w');
    const events = await page.evaluate(() => window.__yt!.events.map((e) => `${e.type} ${e.url}`));
    expect(events).toEqual([
      'yt-navigate-start /watch?v=IHZwWFHWa-w',
      'yt-page-data-updated /watch?v=IHZwWFHWa-w',
      'yt-navigate-finish /watch?v=IHZwWFHWa-w',
    ]);
    expect(browser.imitation.documentRequests.length).toBe(loads);
    const swapped = await page.evaluate(() => {
      const video = document.querySelector('#movie_player video') as HTMLVideoElement & { mark?: string };
      return { mark: video.mark, players: document.querySelectorAll('#movie_player').length, id: document.querySelector('ytd-watch-flexy')?.getAttribute('video-id') };
    });
    expect(swapped).toEqual({ mark: 'first', players: 1, id: 'IHZwWFHWa-w' });
    expect((await videoState(page)).src).toBe('/videoplayback?v=IHZwWFHWa-w');
    await page.evaluate(() => window.__yt!.whenPlaying());
    expect((await videoState(page)).duration).toBeCloseTo(1214, 0);
  });

  it('navigates on a yt-navigate event, and back with the browser', async () => {
    await spaNavigate(page, '/watch?v=dQw4w9WgXcQ');
    expect(page.url()).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await expect(page.locator('ytd-watch-flexy').getAttribute('video-id')).resolves.toBe('dQw4w9WgXcQ');
    expect(await goBack(page)).toBe('https://www.youtube.com/watch?v=IHZwWFHWa-w');
    await expect(page.locator('ytd-watch-flexy').getAttribute('video-id')).resolves.toBe('IHZwWFHWa-w');
  });

  it('keeps the watch page hidden on other pages, and previews outside #movie_player on home', async () => {
    await spaNavigate(page, '/');
    await expect(page.locator('ytd-watch-flexy[hidden]').count()).resolves.toBe(1);
    await expect(page.locator('ytd-browse[page-subtype=home]:not([hidden])').count()).resolves.toBe(1);
    expect((await videoState(page)).paused).toBe(true);
    // Forced: the preview opens over the tile, which Playwright would otherwise wait to see uncovered.
    await page.locator('ytd-rich-item-renderer a#thumbnail').first().hover({ force: true });
    await page.waitForFunction(() => {
      const preview = document.querySelector<HTMLVideoElement>('#video-preview video');
      return preview !== null && !preview.paused && preview.closest('#movie_player') === null;
    });
    await spaNavigate(page, '/results?search_query=backpropagation');
    await expect(page.locator('ytd-search:not([hidden]) ytd-video-renderer').count()).resolves.toBe(2);
    await spaNavigate(page, '/shorts/aircAruvnKk');
    await expect(page.locator('ytd-shorts:not([hidden]) #shorts-player video').count()).resolves.toBe(1);
  });
});

describe('content security policy', () => {
  it('throws on innerHTML = string in the page\'s world', async () => {
    await openPage(page, '/');
    const error = await page.evaluate(() => {
      try {
        document.body.innerHTML = '<b>hi</b>';
        return 'no error';
      } catch (e) {
        return String(e);
      }
    });
    expect(error).toMatch(/TrustedHTML/);
  });

  it('blocks an inline script without the nonce, and policies not named in the CSP', async () => {
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const factory = (window as unknown as { trustedTypes: { createPolicy(n: string, r: object): { createScript(s: string): string } } }).trustedTypes;
      let strangerPolicy = 'created';
      try {
        factory.createPolicy('margin-test', { createHTML: (s: string) => s });
      } catch {
        strangerPolicy = 'refused';
      }
      // An allowed policy name satisfies Trusted Types, so what is left to stop the script is the nonce.
      const policy = factory.createPolicy('goog#html', { createScript: (s: string) => s });
      const blocked = new Promise<void>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => e.effectiveDirective === 'script-src-elem' && resolve()),
      );
      const script = document.createElement('script');
      (script as unknown as { text: unknown }).text = policy.createScript('window.inlineRan = true');
      document.body.append(script);
      await blocked;
      return { strangerPolicy, violations, ran: (window as { inlineRan?: boolean }).inlineRan === true };
    });
    expect(result).toEqual({ strangerPolicy: 'refused', violations: ['trusted-types', 'script-src-elem'], ran: false });
  });
});
