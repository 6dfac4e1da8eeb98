/**
 * Margin's core journeys in Firefox (Debian's ESR, headless, WebDriver BiDi) against the imitation: the panel
 * and its landmark on a series video, a key moment that seeks, a note written with real keys that survives a
 * reload and reaches the notebook page, a backup file imported in the notebook (the add-on's background page
 * reads the file the notebook hands over), and typing that stays in Margin. In Firefox every KeyboardEvent is
 * composed, so a key guard that re-dispatches keyboard events inside its shadow root would leak them to YouTube
 * ("numbers" saved as "nubers"): the typing journeys run with the imitation's keyboard realism mode, which logs
 * every key event the page receives. One browser for the file: a Firefox launch costs about 10 s here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportBackup } from '@/utils/backup';
import type { Note } from '@/utils/notes';
import type { JSHandle, Page } from 'puppeteer-core';
import { chapterAt, momentName } from '../harness/panel';
import { openExtensionPage, runAddNoteCommand } from './browser-chrome';
import { launchFirefox, type MarginFirefox } from './launch';
import { clearShortcuts, findIn, openWatch, panelRoot, pauseAt, recordedShortcuts, videoTime } from './page';

const LESSON = 'aircAruvnKk';
/** "numbers" (m mutes, n and s do nothing: the m used to vanish) and every shortcut key of YouTube and of the
 * SponsorBlock-like extension in the imitation. */
const TYPED = "numbers kjl ftm 0123456789 ,./ ;'";

let firefox: MarginFirefox;
let page: Page;
let root: JSHandle<ShadowRoot>;

beforeAll(async () => {
  const started = Date.now();
  firefox = await launchFirefox();
  page = firefox.page;
  console.log(`[firefox] launched with Margin in ${Date.now() - started} ms`);
});
afterAll(async () => firefox?.close());

async function openLesson(): Promise<void> {
  await openWatch(page, LESSON);
  await pauseAt(page, 400);
  await page.evaluate(() => window.__yt!.enableKeyboardRealism());
  root = await panelRoot(page);
  await clearShortcuts(page);
}

async function showTab(name: string): Promise<void> {
  const tab = await findIn(page, root, '[role="tab"]', name);
  if ((await tab.evaluate((el) => el.getAttribute('aria-selected'))) !== 'true') await tab.click();
  await page.waitForFunction((el: HTMLElement) => el.getAttribute('aria-selected') === 'true', {}, tab);
}

const trustedKeyEvents = () => page.evaluate(() => window.__yt!.keyEvents.filter((event) => event.trusted));
const clearKeyEvents = () => page.evaluate(() => void window.__yt!.keyEvents.splice(0));
const listedNoteTexts = () =>
  page.evaluate((r: ShadowRoot) => [...r.querySelectorAll('article .note-text')].map((el) => el.textContent ?? ''), root);

it('shows the panel with its "Margin" landmark and the lesson\'s key moments', async () => {
  await openLesson();
  await showTab('Key moments');
  const why = chapterAt(LESSON, 4);
  expect(await (await findIn(page, root, 'button', momentName(why))).evaluate((el) => el.isConnected)).toBe(true);
});

it('jumps the lesson to a key moment\'s second', async () => {
  const moment = chapterAt(LESSON, 7);
  await (await findIn(page, root, 'button', momentName(moment))).click();
  await page.waitForFunction((start: number) => Math.abs(document.querySelector('video')!.currentTime - start) < 1, {}, moment.start);
  expect(Math.round(await videoTime(page))).toBe(moment.start);
  // The button keeps the focus and the next shortcut letter is YouTube's again: m mutes.
  await page.keyboard.press('m');
  expect((await recordedShortcuts(page)).map((s) => s.action)).toEqual(['mute']);
  await page.keyboard.press('m');
});

it('keeps "numbers" and every shortcut key typed in a note, its tags and the filter in Margin', async () => {
  await pauseAt(page, 400);
  await showTab('Notes');
  await (await findIn(page, root, 'button', /^Add note/)).click();
  const editor = await findIn(page, root, 'textarea', /^Note at /);
  await page.waitForFunction((el: HTMLElement) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el, {}, editor);
  await clearShortcuts(page);
  await clearKeyEvents();
  await page.keyboard.type(TYPED);
  await page.keyboard.down('Shift');
  await page.keyboard.press('N');
  await page.keyboard.up('Shift');
  await (await findIn(page, root, 'input', 'Tags, separated by commas')).focus();
  await page.keyboard.type('kjl');
  expect(await editor.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe(`${TYPED}N`);
  await editor.focus();
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');
  await page.waitForFunction((el: HTMLElement) => !el.isConnected, {}, editor);
  expect(await listedNoteTexts()).toContain(`${TYPED}N`);

  const filter = await findIn(page, root, 'input', 'Filter notes by text or #tag');
  await filter.focus();
  await page.keyboard.type('kjl 5fm');
  expect(await filter.evaluate((el) => (el as HTMLInputElement).value)).toBe('kjl 5fm');
  expect(await trustedKeyEvents()).toEqual([]);
  expect(await recordedShortcuts(page)).toEqual([]);
  expect(await page.evaluate(() => document.querySelector('video')!.muted)).toBe(false);
  expect(await videoTime(page)).toBe(400);
  await filter.evaluate((el) => {
    (el as HTMLInputElement).value = '';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
});

it('keeps the note after a reload', async () => {
  await openLesson();
  await showTab('Notes');
  await page.waitForFunction((r: ShadowRoot) => r.querySelector('article .note-text') !== null, {}, root);
  expect(await listedNoteTexts()).toEqual([`${TYPED}N`]);
});

it('does not skip to the next video on the lone key release of the Alt+Shift+N command', async () => {
  const url = page.url();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.up('N');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
  expect(await recordedShortcuts(page)).toEqual([]);
  expect(page.url()).toBe(url);
});

it('opens the editor at the lesson\'s second with the Alt+Shift+N command, run through the browser\'s own shortcut', async () => {
  await pauseAt(page, 500);
  await runAddNoteCommand(firefox);
  const editor = await findIn(page, root, 'textarea', 'Note at 8:20');
  await page.waitForFunction((el: HTMLElement) => (el.getRootNode() as ShadowRoot).activeElement === el, {}, editor);
  await clearKeyEvents();
  await page.keyboard.type('from the command: k j m');
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');
  await page.waitForFunction((el: HTMLElement) => !el.isConnected, {}, editor);
  expect(await listedNoteTexts()).toContain('from the command: k j m');
  expect(await trustedKeyEvents()).toEqual([]);
  expect(await recordedShortcuts(page)).toEqual([]);
});

it('lists the note in the notebook page', async () => {
  const notebook = await openExtensionPage(firefox, 'notebook.html');
  try {
    await notebook.waitForFunction((text: string) => document.body.innerText.includes(text), {}, TYPED.slice(0, 20));
    expect(await notebook.evaluate(() => document.body.innerText)).toContain('numbers kjl');
  } finally {
    await notebook.close();
  }
});

it('imports a backup file in the notebook: the background reads the file the page hands over, after a preview', async () => {
  const note: Note = { id: '5eed0000-0000-4000-8000-00000000f1f0', videoId: 'IHZwWFHWa-w', t: 95, text: 'imported in Firefox', tags: ['backup'], createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 };
  const file = join(mkdtempSync(join(tmpdir(), 'margin-firefox-')), 'margin-backup.json');
  writeFileSync(file, exportBackup({ notes: [note], progress: [], settings: {}, exportedAt: 1_700_000_000_000 }));
  const notebook = await openExtensionPage(firefox, 'notebook.html');
  try {
    const input = await notebook.waitForSelector('input[type="file"]');
    await input!.uploadFile(file);
    await notebook.waitForFunction(() => document.querySelector('section.import-preview')?.textContent?.includes('1 new note'));
    await notebook.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('section.import-preview button')].find((b) => b.textContent?.trim() === 'Import')!.click());
    await notebook.waitForFunction(() => [...document.querySelectorAll('[role=status]')].some((el) => /Imported: 1 new/.test(el.textContent ?? '')));
    await notebook.waitForFunction(() => document.body.innerText.includes('imported in Firefox'));
  } finally {
    await notebook.close();
  }
});
