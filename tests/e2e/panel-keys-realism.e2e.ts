/**
 * Keys against a page that listens like the real one (imitation's keyboard realism mode, research F4 and F5):
 * another extension's document-capture hotkeys that trust `document.activeElement`, a log of every key and
 * composition event the page receives, and YouTube's Shift+N acting on its release. Typing in any of Margin's
 * text fields, IME composition included, must leave that log empty; the lone release of the Alt+Shift+N command
 * must not skip the lesson.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { addNoteButton, listedTexts, noteEditor, notesFilter, showNotes, tagsField } from './harness/notes';
import { panel } from './harness/panel';
import { clearShortcuts, openWatch, pauseVideo, recordedShortcuts, seekVideo } from './harness/youtube-page';

const LESSON = 'aircAruvnKk';
/** Every shortcut key of YouTube and of the SponsorBlock-like extension, in words a note could hold. */
const TYPED = "numbers kjl ftm 0123456789 ,./ ;' Next";

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

beforeEach(async () => {
  await openWatch(page, LESSON);
  await pauseVideo(page);
  await seekVideo(page, 400);
  await page.evaluate(() => window.__yt!.enableKeyboardRealism());
  await showNotes(page);
  await clearShortcuts(page);
});

const keyEventsSeenByPage = () => page.evaluate(() => window.__yt!.keyEvents.slice());
const clearKeyEvents = () => page.evaluate(() => void window.__yt!.keyEvents.splice(0));

it('keeps every key typed in the note editor, its tags and the notes filter from the page and its extensions', async () => {
  await addNoteButton(page).click();
  await clearKeyEvents();
  await noteEditor(page).pressSequentially(TYPED);
  await tagsField(page).pressSequentially('kjl;');
  await noteEditor(page).press('Control+Enter');
  await noteEditor(page).waitFor({ state: 'detached' });
  expect(await listedTexts(page)).toContain(TYPED);
  await notesFilter(page).pressSequentially('numbers');
  await expect(notesFilter(page).inputValue()).resolves.toBe('numbers');
  expect(await keyEventsSeenByPage()).toEqual([]);
  expect(await recordedShortcuts(page)).toEqual([]);
  await notesFilter(page).fill('');
});

it('keeps an IME composition in the note editor from the page', async () => {
  await addNoteButton(page).click();
  await noteEditor(page).focus();
  await clearKeyEvents();
  const cdp = await browser.context.newCDPSession(page);
  try {
    // What an IME does: a keydown it handles (keyCode 229, key "Process"), a composition, then the commit.
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Process', code: 'KeyK', windowsVirtualKeyCode: 229 });
    await cdp.send('Input.imeSetComposition', { text: 'か', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Process', code: 'KeyK', windowsVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: '数字' });
  } finally {
    await cdp.detach();
  }
  await expect(noteEditor(page).inputValue()).resolves.toBe('数字');
  // Chromium's DevTools insertText ends the composition with a script-made (untrusted) compositionend, which no
  // real IME sends and which Margin leaves alone like every untrusted event: only the person's events count.
  expect((await keyEventsSeenByPage()).filter((event) => event.trusted)).toEqual([]);
  expect(await recordedShortcuts(page)).toEqual([]);
  await noteEditor(page).fill('');
  await noteEditor(page).press('Escape');
  await noteEditor(page).waitFor({ state: 'detached' });
});

it('the same composition in a field of the page does reach the page (the log sees it)', async () => {
  await page.locator('input#search').focus();
  await clearKeyEvents();
  const cdp = await browser.context.newCDPSession(page);
  try {
    await cdp.send('Input.imeSetComposition', { text: 'か', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: '数字' });
  } finally {
    await cdp.detach();
  }
  expect((await keyEventsSeenByPage()).map((event) => event.type)).toContain('compositionstart');
});

it('leaves YouTube its shortcuts on a Margin button, but not the keys the button uses', async () => {
  await expect(noteEditor(page).count()).resolves.toBe(0);
  await addNoteButton(page).focus();
  await page.keyboard.press(';');
  await page.keyboard.press('m');
  expect((await recordedShortcuts(page)).map((s) => s.action)).toEqual(['sponsor-start-segment', 'mute']);
  await page.keyboard.press('Enter');
  await noteEditor(page).waitFor();
  expect((await recordedShortcuts(page)).map((s) => s.action)).toEqual(['sponsor-start-segment', 'mute']);
  await noteEditor(page).press('Escape');
  await page.keyboard.press('m');
});

it('does not skip to the next video on the lone key release of the Alt+Shift+N command', async () => {
  const url = page.url();
  await panel(page).click({ position: { x: 5, y: 5 } });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // The browser keeps the N press for its command and hands the page the release (research F5).
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.up('N');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
  expect(await recordedShortcuts(page)).toEqual([]);
  expect(page.url()).toBe(url);

  // The imitation does act on Shift+N: a real press and release on the page skips to the next video.
  await page.keyboard.press('Shift+N');
  expect((await recordedShortcuts(page)).map((s) => s.action)).toEqual(['next-video']);
  await expect.poll(() => page.url()).not.toBe(url);
});
