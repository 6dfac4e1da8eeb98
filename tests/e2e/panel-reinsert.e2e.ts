/**
 * YouTube re-renders its columns and drops nodes it does not own (mode `column-rerender`: some time after each
 * navigation, and on demand through `__yt.rerenderColumns()`). The same panel host comes back before the next
 * frame, and with it everything the learner had: the open tab, the draft being typed (still focused, so the next
 * key goes into it and not to YouTube's shortcuts), and the list's scroll position.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { setImitationModes } from './harness/imitation-modes';
import { distinctPanelHosts, panelInsertions, recordPanelInsertions } from './harness/panel-moves';
import { panel, panelPlacement, showKeyMoments } from './harness/panel';
import { addNoteButton, noteEditor, showNotes } from './harness/notes';
import { clearShortcuts, openWatch, pauseVideo, recordedShortcuts, spaNavigate } from './harness/youtube-page';

const LESSON = 'aircAruvnKk';
const NEXT = 'IHZwWFHWa-w';

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await setImitationModes(browser.context, ['column-rerender']);
  await recordPanelInsertions(page);
});
afterAll(async () => browser?.close());

/**
 * Re-renders the columns in the page, then reports, in the next animation frame (before it paints), whether the
 * panel's host is back at the top of the side column.
 */
function rerenderAndLookNextFrame(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ removed: number; backBeforeNextFrame: boolean }>((resolve) => {
        const removed = window.__yt!.rerenderColumns();
        requestAnimationFrame(() => {
          const host = document.querySelector('margin-panel');
          resolve({ removed, backBeforeNextFrame: host !== null && host.parentElement?.firstElementChild === host && host.parentElement.id === 'secondary-inner' });
        });
      }),
  );
}

describe('after navigation, when YouTube re-renders the side column', () => {
  it('puts the same host back (never a new one), on the first page and after an in-app navigation', async () => {
    await openWatch(page, LESSON);
    await panel(page).waitFor();
    // The page removes foreign nodes 500 ms after yt-navigate-finish: the host is then inserted a second time. On a
    // loaded machine the panel may only come after that removal; the page's own re-render is then run once more.
    await page.waitForTimeout(700);
    if ((await panelInsertions(page)).length < 2) await page.evaluate(() => window.__yt!.rerenderColumns());
    await expect.poll(() => panelInsertions(page)).toEqual(['secondary-inner', 'secondary-inner']);
    await spaNavigate(page, `/watch?v=${NEXT}`);
    await expect.poll(() => panelInsertions(page)).toEqual(['secondary-inner', 'secondary-inner', 'secondary-inner']);
    expect(await distinctPanelHosts(page)).toBe(1);
    expect(await panelPlacement(page)).toMatchObject({ count: 1, parent: 'secondary-inner', first: true });
    await expect(panel(page).getByText('Chapter 2 of 9').isVisible()).resolves.toBe(true);
  });
});

describe('state kept across a re-render', () => {
  /** Opens the lesson and waits until the page's own re-render after navigation is over. */
  async function openLesson(): Promise<void> {
    await openWatch(page, LESSON);
    await pauseVideo(page);
    await expect.poll(async () => (await panelInsertions(page)).length).toBe(2);
  }

  it('keeps the open tab and the key moments list where it was scrolled', async () => {
    await openLesson();
    await showKeyMoments(page);
    const list = panel(page).getByRole('tabpanel').locator('.items');
    // Scrolled to its end (the list is a little taller than its box).
    const end = await list.evaluate((element) => (element.scrollTop = element.scrollHeight - element.clientHeight));
    expect(end).toBeGreaterThan(10);
    await expect.poll(() => list.evaluate((element) => element.scrollTop)).toBe(end);

    expect(await rerenderAndLookNextFrame(page)).toEqual({ removed: 1, backBeforeNextFrame: true });
    await expect(panel(page).getByRole('tab', { name: 'Key moments' }).getAttribute('aria-selected')).resolves.toBe('true');
    expect(await list.evaluate((element) => element.scrollTop)).toBe(end);
    expect(await distinctPanelHosts(page)).toBe(1);
  });

  it('keeps an unsaved draft, focused: the next keys typed go into it, not to YouTube', async () => {
    await openLesson();
    await showNotes(page);
    await addNoteButton(page).click();
    await noteEditor(page).pressSequentially('half a thought');
    await clearShortcuts(page);

    expect(await rerenderAndLookNextFrame(page)).toEqual({ removed: 1, backBeforeNextFrame: true });
    await expect(panel(page).getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(noteEditor(page).inputValue()).resolves.toBe('half a thought');
    await page.keyboard.type(' about k');
    await expect(noteEditor(page).inputValue()).resolves.toBe('half a thought about k');
    expect(await recordedShortcuts(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.paused)).toBe(true);
    expect(await distinctPanelHosts(page)).toBe(1);
  });
});
