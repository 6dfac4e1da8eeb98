/**
 * The 2026 side column (mode `sticky-column`: `#secondary` sticky below the masthead, as tall as the window,
 * scrolling on its own; and with `wide-column`, the 550 px variant with related videos in two columns).
 * Margin's design there: one scroll area, the column's. The panel's lists grow to their full height instead of
 * scrolling inside it, so the wheel over the panel scrolls the column (never caught in a list), everything in
 * the panel can be wheeled into view, and following the lesson (the marked moment) never scrolls the column or
 * the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_VIEWPORT, launchBrowser, type MarginBrowser } from './harness/browser';
import { setImitationModes } from './harness/imitation-modes';
import { chaptersOf, keyMoment, markedMoment, momentName, panel, panelHost, panelPlacement, showKeyMoments } from './harness/panel';
import { addNoteButton, noteEditor, showNotes } from './harness/notes';
import { saveScreenshot } from './harness/screenshots';
import { openWatch, pauseVideo, seekVideo } from './harness/youtube-page';
import type { ImitationMode } from './youtube/modes';

const LESSON = 'aircAruvnKk';

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

const scrolls = (page: Page) =>
  page.evaluate(() => ({ column: Math.round(document.querySelector('#secondary')!.scrollTop), page: Math.round(scrollY) }));

const setColumnScroll = (page: Page, top: number) => page.evaluate((t) => (document.querySelector('#secondary')!.scrollTop = t), top);

/** Is the element wholly inside the window and inside the column's visible box? */
function inView(page: Page, element: ReturnType<typeof panel>): Promise<boolean> {
  return element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const column = document.querySelector('#secondary')!.getBoundingClientRect();
    return box.top >= Math.max(0, column.top) - 1 && box.bottom <= Math.min(innerHeight, column.bottom) + 1 && box.height > 0;
  });
}

/** Wheels over the middle of the panel until `element` is in view; how many turns it took (null: never). */
async function wheelUntilInView(page: Page, element: ReturnType<typeof panel>): Promise<number | null> {
  for (let turn = 0; turn <= 20; turn++) {
    if (await inView(page, element)) return turn;
    const box = (await panel(page).boundingBox())!;
    const y = Math.min(Math.max(box.y + 40, 80), DEFAULT_VIEWPORT.height - 40);
    await page.mouse.move(box.x + box.width / 2, y);
    const before = (await scrolls(page)).column;
    await page.mouse.wheel(0, 240);
    await page.waitForFunction((b) => document.querySelector('#secondary')!.scrollTop !== b, before, { timeout: 2_000 }).catch(() => undefined);
  }
  return null;
}

describe.each<[string, ImitationMode[], number]>([
  ['the sticky side column', ['sticky-column'], 402],
  ['the sticky 550 px side column', ['sticky-column', 'wide-column'], 550],
])('in %s', (name, modes, width) => {
  beforeAll(async () => {
    await setImitationModes(browser.context, modes);
    await openWatch(page, LESSON);
    await pauseVideo(page);
    await showKeyMoments(page);
  });
  afterAll(async () => setImitationModes(browser.context, []));

  it('sits at the top of the column, as wide as it, with one scroll area: the column', async () => {
    expect(await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('#secondary')!);
      return [style.position, style.overflowY];
    })).toEqual(['sticky', 'auto']);
    expect(await panelPlacement(page)).toMatchObject({ count: 1, parent: 'secondary-inner', first: true });
    expect(Math.round((await panelHost(page).boundingBox())!.width)).toBe(width);
    // No element of the panel scrolls on its own in here.
    const scrollers = await panel(page).evaluate((aside) =>
      [aside, ...aside.querySelectorAll('*')].filter((node) => ['auto', 'scroll'].includes(getComputedStyle(node).overflowY)).length,
    );
    expect(scrollers).toBe(0);
    await saveScreenshot(page, name === 'the sticky side column' ? 'panel-sticky-column' : 'panel-sticky-wide-column');
  });

  it('scrolls the column, not a list, when the wheel turns over the key moments', async () => {
    await setColumnScroll(page, 0);
    const moment = keyMoment(page, chaptersOf(LESSON)[3]!);
    const box = (await moment.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(async () => (await scrolls(page)).column).toBeGreaterThan(0);
    expect((await scrolls(page)).page).toBe(0);
    expect(await panel(page).getByRole('tabpanel').locator('.items').evaluate((list) => list.scrollTop)).toBe(0);
  });

  it('brings the last glossary term and the note editor into view by the wheel alone', async () => {
    await setColumnScroll(page, 0);
    await panel(page).getByRole('tab', { name: 'Glossary' }).click();
    const lastTerm = panel(page).getByRole('tabpanel').getByRole('button', { name: /^Jump to / }).last();
    expect(await wheelUntilInView(page, lastTerm)).not.toBeNull();
    expect((await scrolls(page)).column).toBeGreaterThan(0);

    await setColumnScroll(page, 0);
    await showNotes(page);
    await addNoteButton(page).click();
    expect(await wheelUntilInView(page, noteEditor(page))).not.toBeNull();
    await noteEditor(page).press('Escape');
    await panel(page).getByRole('tab', { name: 'Key moments' }).click();
  });

  it('marks the moment the lesson reaches without scrolling the column or the page', async () => {
    await showKeyMoments(page);
    await setColumnScroll(page, 0);
    await expect.poll(() => scrolls(page)).toEqual({ column: 0, page: 0 });
    const last = chaptersOf(LESSON).at(-1)!;
    await seekVideo(page, last.start + 3);
    await expect.poll(() => markedMoment(page)).toBe(momentName(last));
    expect(await scrolls(page)).toEqual({ column: 0, page: 0 });
    const first = chaptersOf(LESSON)[0]!;
    await seekVideo(page, first.start + 1);
    await expect.poll(() => markedMoment(page)).toBe(momentName(first));
    expect(await scrolls(page)).toEqual({ column: 0, page: 0 });
  });
});
