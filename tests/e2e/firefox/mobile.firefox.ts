/**
 * The phone site (m.youtube.com) in Firefox, the browser that runs Margin on Android, on a phone-sized window with
 * touch input (WebDriver BiDi touch actions): the panel below the player with 44 px targets, the site's own
 * navigation followed, ticks on the phone bar with a tap for their label, and a note written on the phone that
 * the desktop site's panel shows in another tab of the same browser.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { JSHandle, Page } from 'puppeteer-core';
import { chapterAt, chaptersOf, momentName } from '../harness/panel';
import { launchFirefox, type MarginFirefox } from './launch';
import { findIn, openWatch, panelRoot, shadowRootOf } from './page';

const ONE = 'aircAruvnKk';
const TWO = 'IHZwWFHWa-w';
const MOBILE = 'https://m.youtube.com';

let firefox: MarginFirefox;
let page: Page;
let root: JSHandle<ShadowRoot>;

beforeAll(async () => {
  firefox = await launchFirefox();
  page = firefox.page;
  await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
  await page.goto(`${MOBILE}/watch?v=${ONE}`);
  await page.waitForFunction(() => window.__ytm?.events.some((event) => event.type === 'state-navigateend') ?? false);
  await page.evaluate(() => window.__ytm!.whenPlaying());
  await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
  root = await panelRoot(page);
});
afterAll(async () => firefox?.close());

const title = () => page.evaluate((r: ShadowRoot) => r.querySelector('h2')?.textContent ?? '', root);

/** Taps the middle of an element (a handle, or a selector of the page) with one finger. */
async function tapAt(box: { x: number; y: number; width: number; height: number } | null): Promise<void> {
  if (!box) throw new Error('nothing to tap');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

it('puts the panel first in the column under the player, with every tab and key moment at least 44 px tall', async () => {
  const where = await page.evaluate(() => {
    const host = document.querySelector('margin-panel')!;
    return [host.parentElement?.localName, host.parentElement?.firstElementChild === host, host.getAttribute('data-touch') !== null];
  });
  expect(where).toEqual(['ytm-single-column-watch-next-results-renderer', true, true]);
  const tab = await findIn(page, root, '[role="tab"]', 'Key moments');
  await tab.click();
  await findIn(page, root, 'button', momentName(chapterAt(ONE, 1)));
  const heights = await page.evaluate(
    (r: ShadowRoot) => [...r.querySelectorAll<HTMLElement>('[role="tab"], button.jump')].map((el) => el.getBoundingClientRect().height),
    root,
  );
  expect(heights.length).toBeGreaterThan(chaptersOf(ONE).length);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
});

it('follows the phone site\'s navigation (state-navigateend) to the next chapter, tapped in its related list', async () => {
  const link = await page.$(`a.media-item-headline[href="/watch?v=${TWO}"]`);
  await link!.scrollIntoView();
  await tapAt(await link!.boundingBox());
  await page.waitForFunction((r: ShadowRoot, want: string) => r.querySelector('h2')?.textContent === want, {}, root, 'Gradient descent, how neural networks learn');
  expect(await page.evaluate(() => location.host)).toBe('m.youtube.com');
  expect(firefox.imitation.documentRequests.filter((r) => r.startsWith('/watch')).length).toBe(1);
  await page.evaluate(() => window.__ytm!.navigate(`/watch?v=aircAruvnKk`));
  await page.waitForFunction((r: ShadowRoot) => r.querySelector('h2')?.textContent === 'But what is a neural network?', {}, root);
  expect(await title()).toBe('But what is a neural network?');
});

it('draws the key moments on the phone bar and shows one\'s label when the bar is tapped by it', async () => {
  await page.evaluate(() => {
    scrollTo(0, 0);
    document.querySelector<HTMLVideoElement>('#movie_player video')!.pause();
    window.__ytm!.showControls();
  });
  const host = await page.waitForSelector('#player-container-id .ytChapteredProgressBarHost margin-markers');
  const markers = shadowRootOf(host!);
  await page.waitForFunction((r: ShadowRoot, n: number) => r.querySelectorAll('.tick-moment').length === n, {}, markers, chaptersOf(ONE).length);
  const chapter = chapterAt(ONE, 3);
  const tick = await page.evaluate(
    (r: ShadowRoot, t: number) => {
      const box = r.querySelector<HTMLElement>(`.tick-moment[data-t="${t}"]`)!.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    },
    markers,
    chapter.start,
  );
  await page.evaluate(() => window.__ytm!.showControls());
  await page.touchscreen.tap(tick.x + tick.width / 2 + 4, tick.y + tick.height / 2 + 6);
  await page.waitForFunction((r: ShadowRoot) => r.querySelector<HTMLElement>('.label')?.hidden === false, {}, markers);
  expect(await page.evaluate((r: ShadowRoot) => r.querySelector('.label')?.textContent, markers)).toBe(chapter.title);
});

it('shows a note written on the phone in the desktop site\'s panel of the same browser', async () => {
  const notesTab = await findIn(page, root, '[role="tab"]', 'Notes');
  await tapAt(await notesTab.boundingBox());
  await page.waitForFunction((el: HTMLElement) => el.getAttribute('aria-selected') === 'true', {}, notesTab);
  const add = await findIn(page, root, 'button', /^Add note/);
  await tapAt(await add.boundingBox());
  const editor = await findIn(page, root, 'textarea', /^Note at /);
  await editor.focus();
  await page.keyboard.type('written on the phone');
  await tapAt(await (await findIn(page, root, 'button', 'Save note')).boundingBox());
  await page.waitForFunction((r: ShadowRoot) => [...r.querySelectorAll('article .note-text')].some((n) => n.textContent === 'written on the phone'), {}, root);

  const desktop = await firefox.browser.newPage();
  await openWatch(desktop, ONE);
  const desktopRoot = await panelRoot(desktop);
  const tab = await findIn(desktop, desktopRoot, '[role="tab"]', 'Notes');
  await tab.click();
  await desktop.waitForFunction((r: ShadowRoot) => [...r.querySelectorAll('article .note-text')].some((n) => n.textContent === 'written on the phone'), {}, desktopRoot);
  await desktop.close();
});
