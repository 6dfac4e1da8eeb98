/**
 * The keyboard journey in Firefox (Debian's ESR, headless, WebDriver BiDi): Margin's buttons are pressed with
 * Enter and Space (Gecko activates a button from the key events the key guard keeps from the page, so Margin
 * must still see them pressed), and after every step the focus is where the learner expects it: the editor
 * after Add note, Add note after saving or discarding, Undo after a delete, the note brought back after Undo.
 * The page (YouTube) sees none of those keys.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { JSHandle, Page } from 'puppeteer-core';
import { launchFirefox, type MarginFirefox } from './launch';
import { findIn, openWatch, panelRoot, pauseAt, recordedShortcuts, clearShortcuts } from './page';

const LESSON = 'aircAruvnKk';

let firefox: MarginFirefox;
let page: Page;
let root: JSHandle<ShadowRoot>;

beforeAll(async () => {
  firefox = await launchFirefox();
  page = firefox.page;
  await openWatch(page, LESSON);
  await pauseAt(page, 500);
  await page.evaluate(() => window.__yt!.enableKeyboardRealism());
  root = await panelRoot(page);
  const tab = await findIn(page, root, '[role="tab"]', 'Notes');
  await tab.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((el: HTMLElement) => el.getAttribute('aria-selected') === 'true', {}, tab);
});
afterAll(async () => firefox?.close());

/** The focused control inside the panel as "role name", or "page <tag>" when the panel does not hold the focus. */
function focused(): Promise<string> {
  return page.evaluate((r: ShadowRoot) => {
    const element = r.activeElement;
    if (!element) return `page ${document.activeElement?.localName ?? 'nothing'}`;
    const role = element.getAttribute('role') ?? element.localName;
    const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
    return `${role} ${name.replace(/\s+/g, ' ').trim()}`;
  }, root);
}
const status = () => page.evaluate((r: ShadowRoot) => r.querySelector('p.status')?.textContent ?? '', root);
const pageSawKeys = () => page.evaluate(() => window.__yt!.keyEvents.filter((event) => event.trusted).map((event) => `${event.type} ${event.key}`));
const clearPageKeys = () => page.evaluate(() => void window.__yt!.keyEvents.splice(0));

async function until(read: () => Promise<string>, expected: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last = '';
  while (Date.now() < deadline) {
    last = await read();
    if (last === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(last).toBe(expected);
}

async function pressCtrlEnter(): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');
}

it('Enter on Add note opens the editor with the focus in it; Escape discards it and gives the focus back', async () => {
  await (await findIn(page, root, 'button', /^Add note/)).focus();
  await clearShortcuts(page);
  await clearPageKeys();
  await page.keyboard.press('Enter');
  await until(focused, 'textarea Note at 8:20');
  await page.keyboard.type('not kept');
  await page.keyboard.press('Escape');
  await until(focused, 'button Add note at 8:20');
  await until(status, 'Note discarded');
  expect(await pageSawKeys()).toEqual([]);
  expect(await recordedShortcuts(page)).toEqual([]);
});

it('Space on Add note opens the editor too; Ctrl+Enter saves, says so, and gives the focus back to Add note', async () => {
  await page.keyboard.press(' ');
  await until(focused, 'textarea Note at 8:20');
  await page.keyboard.type('kept from the keyboard');
  await pressCtrlEnter();
  await until(focused, 'button Add note at 8:20');
  await until(status, 'Note saved at 8:20');
  expect(await pageSawKeys()).toEqual([]);
  // And the video did not start or stop on the way: Space on a Margin button is Margin's.
  expect(await recordedShortcuts(page)).toEqual([]);
});

it('Enter on Delete puts the focus on Undo, and Enter on Undo brings the note back with the focus on it', async () => {
  const remove = await findIn(page, root, 'button', 'Delete note “kept from the keyboard”');
  await remove.focus();
  await page.keyboard.press('Enter');
  await until(focused, 'button Undo');
  await page.keyboard.press('Enter');
  await until(focused, 'button Edit note “kept from the keyboard”');
  await until(status, 'Note at 8:20 restored');
  expect(await pageSawKeys()).toEqual([]);
});

it('a letter pressed on a focused Margin button is still YouTube\'s shortcut (k pauses or plays)', async () => {
  await clearShortcuts(page);
  await page.keyboard.press('k');
  expect((await recordedShortcuts(page)).map((shortcut) => shortcut.key)).toEqual(['k']);
  await page.keyboard.press('k');
});
