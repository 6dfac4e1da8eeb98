/**
 * The imitation's layout modes themselves, without Margin (see tests/e2e/youtube/modes.ts): off by default, and
 * each doing what the real site does where an extension can tell, so that the panel's tests of them mean something.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { setImitationModes } from './harness/imitation-modes';
import { openPage, openWatch, spaNavigate } from './harness/youtube-page';

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser({ extension: false });
  page = await browser.newPage();
});
afterAll(async () => browser?.close());
afterEach(async () => setImitationModes(browser.context, []));

const shownRoot = (page: Page) => page.evaluate(() => document.querySelector('#page-manager > :not([hidden])')?.localName ?? null);

it('is the plain page when no mode is set', async () => {
  await openWatch(page, 'aircAruvnKk');
  expect(await page.evaluate(() => window.__yt!.modes)).toEqual([]);
  expect(await shownRoot(page)).toBe('ytd-watch-flexy');
  expect(await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name).filter((n) => n.startsWith('imitation-')))).toEqual([]);
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('#secondary')!).position)).toBe('static');
});

describe('watch roots', () => {
  it('ytd-watch-grid: related videos below the player, title and comments beside it, no two-column attribute', async () => {
    await setImitationModes(browser.context, ['watch-grid']);
    await openWatch(page, 'aircAruvnKk');
    expect(await shownRoot(page)).toBe('ytd-watch-grid');
    await expect(page.locator('ytd-watch-grid #below #related ytd-compact-video-renderer').count()).resolves.toBeGreaterThan(8);
    await expect(page.locator('ytd-watch-grid #secondary-inner ytd-watch-metadata h1').textContent()).resolves.toBe('But what is a neural network?');
    expect(await page.evaluate(() => document.querySelector('ytd-watch-grid')!.hasAttribute('is-two-columns_'))).toBe(false);
  });

  it.each([
    ['watch-fixie', 'ytd-watch-fixie'],
    ['unknown-watch-root', 'ytd-watch-nextgen'],
  ] as const)('%s renders the watch page under <%s>', async (mode, tag) => {
    await setImitationModes(browser.context, [mode]);
    await openWatch(page, 'aircAruvnKk');
    expect(await shownRoot(page)).toBe(tag);
    await expect(page.locator(`${tag}[video-id="aircAruvnKk"] #movie_player video`).count()).resolves.toBe(1);
  });
});

it('late-columns: one column with no related list first, two columns 650 ms later', async () => {
  await setImitationModes(browser.context, ['late-columns']);
  await page.goto('https://www.youtube.com/watch?v=aircAruvnKk');
  await page.waitForFunction(() => document.querySelector('ytd-watch-flexy') !== null);
  expect(await page.evaluate(() => {
    const flexy = document.querySelector('ytd-watch-flexy')!;
    return { twoColumns: flexy.hasAttribute('is-two-columns_'), related: (document.querySelector('#related') as HTMLElement).hidden };
  })).toEqual({ twoColumns: false, related: true });
  await page.waitForFunction(() => document.querySelector('ytd-watch-flexy')!.hasAttribute('is-two-columns_'));
  await expect(page.locator('#secondary-inner > #related ytd-compact-video-renderer').first().isVisible()).resolves.toBe(true);
});

it('sticky-column and wide-column: the side column sticks under the masthead, scrolls on its own, 550 px wide', async () => {
  await setImitationModes(browser.context, ['sticky-column', 'wide-column']);
  await openWatch(page, 'aircAruvnKk');
  expect(await page.evaluate(() => {
    const column = document.querySelector<HTMLElement>('#secondary')!;
    const style = getComputedStyle(column);
    return { position: style.position, top: style.top, overflowY: style.overflowY, width: column.offsetWidth, height: column.offsetHeight };
  })).toEqual({ position: 'sticky', top: '56px', overflowY: 'auto', width: 550, height: 800 - 56 });
});

it('column-rerender: nodes YouTube does not own leave the columns some time after each navigation; its own stay', async () => {
  await setImitationModes(browser.context, ['column-rerender']);
  await openPage(page, '/watch?v=aircAruvnKk');
  await page.evaluate(() => {
    const foreign = document.createElement('extension-node');
    document.querySelector('#secondary-inner')!.prepend(foreign);
  });
  // (Whether or not the first page's re-render already ran, the next navigation brings one.)
  await spaNavigate(page, '/watch?v=IHZwWFHWa-w');
  await page.waitForFunction(() => document.querySelector('extension-node') === null);
  await expect(page.locator('#secondary-inner > #related').count()).resolves.toBe(1);
  expect(await page.evaluate(() => window.__yt!.rerenderColumns())).toBe(0);
});

it('/live/ID serves the watch page of that video', async () => {
  await openPage(page, '/live/IHZwWFHWa-w');
  expect(await shownRoot(page)).toBe('ytd-watch-flexy');
  await expect(page.locator('ytd-watch-flexy').getAttribute('video-id')).resolves.toBe('IHZwWFHWa-w');
  await page.evaluate(() => window.__yt!.whenPlaying());
});
