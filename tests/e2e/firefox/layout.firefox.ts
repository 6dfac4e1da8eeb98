/**
 * Placement in Firefox (issue 7 items 3 and 4): on a watch root Margin does not know, a "Margin" chip shows in the
 * window's corner and opens a panel that works; on ytd-watch-grid the panel sits in the side column; and when
 * YouTube re-renders the column, the same host is back before the next frame with the open tab and the draft.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { chapterAt, momentName } from '../harness/panel';
import { formatModes, MODES_COOKIE, type ImitationMode } from '../youtube/modes';
import { launchFirefox, type MarginFirefox } from './launch';
import { findIn, openWatch, ORIGIN, PANEL_TAG, panelRoot, pauseAt, shadowRootOf, videoTime } from './page';

const LESSON = 'aircAruvnKk';

let firefox: MarginFirefox;
let page: Page;

beforeAll(async () => {
  firefox = await launchFirefox();
  page = firefox.page;
  await page.goto(`${ORIGIN}/`);
});
afterAll(async () => firefox?.close());

/** The imitation reads its modes from a cookie at boot: set it on its origin (the next load applies it). */
async function setModes(modes: ImitationMode[]): Promise<void> {
  await page.evaluate(
    (cookie: string) => void (document.cookie = `${cookie}; path=/`),
    modes.length ? `${MODES_COOKIE}=${encodeURIComponent(formatModes(modes))}` : `${MODES_COOKIE}=; max-age=0`,
  );
}

it('shows a "Margin" chip on a page with no known watch root, which opens a working panel', async () => {
  await setModes(['unknown-watch-root', 'player-api']);
  await openWatch(page, LESSON);
  await pauseAt(page, 30);
  const host = await page.waitForSelector(PANEL_TAG);
  const root = shadowRootOf(host!);
  const chip = await findIn(page, root, 'button.chip', 'Margin');
  expect(await host!.evaluate((el) => [el.parentElement?.localName, el.getAttribute('data-slot')])).toEqual(['body', 'floating']);
  await chip.click();
  await page.waitForFunction((el: HTMLElement) => el.getAttribute('aria-expanded') === 'true', {}, chip);
  const moment = chapterAt(LESSON, 3);
  await (await findIn(page, root, 'button', momentName(moment))).click();
  await page.waitForFunction((to: number) => Math.abs(document.querySelector('video')!.currentTime - to) < 1, {}, moment.start);
  expect(Math.round(await videoTime(page))).toBe(moment.start);
});

it('sits at the top of the side column of ytd-watch-grid', async () => {
  await setModes(['watch-grid']);
  await openWatch(page, LESSON);
  await panelRoot(page);
  const placement = await page.evaluate((tag: string) => {
    const host = document.querySelector(tag)!;
    return [host.parentElement?.id, host.parentElement?.firstElementChild === host, host.closest('ytd-watch-grid') !== null];
  }, PANEL_TAG);
  expect(placement).toEqual(['secondary-inner', true, true]);
});

it('comes back before the next frame when the column is re-rendered, with the open tab and the draft', async () => {
  await setModes(['column-rerender']);
  await openWatch(page, LESSON);
  await pauseAt(page, 100);
  const root = await panelRoot(page);
  // The page's own re-render after navigation comes first (500 ms after yt-navigate-finish), and the host is back.
  await page.waitForFunction((tag: string) => window.__yt!.columnRerenders > 0 && document.querySelector(tag)?.parentElement?.id === 'secondary-inner', {}, PANEL_TAG);
  const notesTab = await findIn(page, root, '[role="tab"]', 'Notes');
  await notesTab.click();
  await (await findIn(page, root, 'button', /^Add note/)).click();
  const editor = await findIn(page, root, 'textarea', /^Note at /);
  await page.waitForFunction((el: HTMLElement) => (el.getRootNode() as ShadowRoot).activeElement === el, {}, editor);
  await page.keyboard.type('half');

  const back = await page.evaluate(
    (tag: string) =>
      new Promise<[number, boolean]>((resolve) => {
        const before = document.querySelector(tag);
        const removed = window.__yt!.rerenderColumns();
        requestAnimationFrame(() => resolve([removed, document.querySelector(tag) === before && before?.parentElement?.id === 'secondary-inner']));
      }),
    PANEL_TAG,
  );
  expect(back).toEqual([1, true]);
  expect(await editor.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('half');
  expect(await notesTab.evaluate((el) => el.getAttribute('aria-selected'))).toBe('true');
  // The field still has the focus: typing goes on into the note, not to YouTube's shortcuts.
  await page.waitForFunction((el: HTMLElement) => (el.getRootNode() as ShadowRoot).activeElement === el, { timeout: 5000 }, editor);
  await page.keyboard.type(' a page');
  expect(await editor.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('half a page');
});
