/**
 * Notes kept by the background service worker, in Chromium against the imitation: the add-note keyboard command
 * (passed by the background to the tab, as headless Chromium delivers no extension shortcuts), the compact
 * editor in fullscreen, storage in the extension's own origin only, live push between two tabs of one video,
 * two saves at once, and a worker stopped in the middle of a note.
 */
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { panel, panelHost, showKeyMoments } from './harness/panel';
import {
  addNote, addNoteButton, listedNotes, listedTexts, noteEditor, noteItem, pageDatabases, pageWebStorage,
  sendAddNoteCommand, showNotes, stopServiceWorker, workerDatabases,
} from './harness/notes';
import { clearShortcuts, openWatch, pauseVideo, recordedShortcuts, seekVideo } from './harness/youtube-page';

declare global {
  interface Window {
    /** Set by a test in the page's main world: still there afterwards means the page was not reloaded. */
    __marker?: number;
  }
}

const LESSON = 'aircAruvnKk';

let browser: MarginBrowser;
let pageA: Page;
let pageB: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  pageA = await browser.newPage();
  await openWatch(pageA, LESSON);
  await pauseVideo(pageA);
});
afterAll(async () => browser?.close());

const isFullscreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);
const overlayEditor = (time: string) =>
  pageA.locator('#movie_player margin-overlay').getByRole('textbox', { name: `Note at ${time}`, exact: true });

/** Runs `body` with tab A's player in fullscreen (YouTube's button), or skips the test if headless refuses it. */
async function inFullscreen(context: TestContext, body: () => Promise<void>): Promise<void> {
  await pageA.locator('#movie_player .ytp-fullscreen-button').click();
  const refused = () => pageA.evaluate(() => window.__yt!.fullscreenRefusals > 0);
  await expect.poll(async () => (await isFullscreen(pageA)) || (await refused())).toBe(true);
  if (!(await isFullscreen(pageA))) context.skip('headless Chromium refused fullscreen: the in-player editor was not tested');
  try {
    await body();
  } finally {
    await pageA.evaluate(() => (document.fullscreenElement ? document.exitFullscreen() : undefined));
    await expect.poll(() => isFullscreen(pageA)).toBe(false);
    // Should the test fail with a note still open, drop it: the next tests need the Add note button.
    if ((await panelHost(pageA).locator('textarea').count()) > 0) await noteEditor(pageA).press('Escape');
  }
}

describe('the add-note command (Alt+Shift+N)', () => {
  it('opens the editor at the current time, showing the hidden panel on its Notes tab', async () => {
    await showKeyMoments(pageA);
    await panel(pageA).getByRole('button', { name: 'Hide Margin', exact: true }).click();
    await expect.poll(() => panel(pageA).getByRole('tab').count()).toBe(0);
    await seekVideo(pageA, 125);

    expect(await sendAddNoteCommand(browser.worker!)).toEqual({ handled: true });
    const editor = panel(pageA).getByRole('textbox', { name: 'Note at 2:05', exact: true });
    await editor.waitFor();
    await panel(pageA).getByRole('tab', { name: 'Notes', selected: true }).waitFor();
    expect(await panel(pageA).getByRole('button', { name: 'Hide Margin', exact: true }).getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => editor.evaluate((element) => element.matches(':focus'))).toBe(true);
    await editor.fill('from the command');
    await editor.press('Control+Enter');
    await noteItem(pageA, '2:05', 'from the command').waitFor();
  });

  it('in fullscreen, opens a compact editor inside the player that saves like the panel', async (context) => {
    await inFullscreen(context, async () => {
      await seekVideo(pageA, 150);
      await clearShortcuts(pageA);
      await sendAddNoteCommand(browser.worker!);
      const editor = overlayEditor('2:30');
      await editor.waitFor({ state: 'visible' });
      const [box, player] = await Promise.all([editor.boundingBox(), pageA.locator('#movie_player').boundingBox()]);
      expect(box!.y).toBeGreaterThanOrEqual(player!.y);
      expect(box!.y + box!.height).toBeLessThanOrEqual(player!.y + player!.height);
      // At a typist's pace; full speed is the next test.
      await editor.pressSequentially('in fullscreen: k f j', { delay: 40 });
      expect(await recordedShortcuts(pageA)).toEqual([]);
      expect(await editor.inputValue()).toBe('in fullscreen: k f j');
      expect(await isFullscreen(pageA)).toBe(true);
      await editor.press('Control+Enter');
      await editor.waitFor({ state: 'detached' });
    });
    await noteItem(pageA, '2:30', 'in fullscreen: k f j').waitFor();
  });

  it('keeps every key typed at full speed in the compact editor', async (context) => {
    await inFullscreen(context, async () => {
      await seekVideo(pageA, 160);
      await sendAddNoteCommand(browser.worker!);
      const editor = overlayEditor('2:40');
      await editor.waitFor({ state: 'visible' });
      // Keys less than a frame apart: a fast typist's rolled keys, a text expander, dictation.
      await editor.pressSequentially('the quick brown fox jumps over the lazy dog');
      await expect.poll(() => editor.inputValue()).toBe('the quick brown fox jumps over the lazy dog');
      await editor.press('Control+Enter');
      await editor.waitFor({ state: 'detached' });
    });
    await noteItem(pageA, '2:40', 'the quick brown fox jumps over the lazy dog').waitFor();
  });
});

describe('one store, in the extension, for every tab', () => {
  it("keeps nothing of Margin's in youtube.com's storage, and the notes in the extension's own database", async () => {
    const own = await workerDatabases(browser.worker!);
    expect(own.length).toBeGreaterThan(0);
    const pageDbs = await pageDatabases(pageA);
    expect(pageDbs.filter((name) => own.includes(name) || /margin/i.test(name))).toEqual([]);
    const stored = await pageWebStorage(pageA);
    expect(stored.filter((entry) => /from the command|in fullscreen|margin/i.test(entry))).toEqual([]);
  });

  it('shows the notes in a second tab of the video, and follows adds, edits and deletes made in the first without a reload', async () => {
    pageB = await browser.newPage();
    await openWatch(pageB, LESSON);
    await pauseVideo(pageB);
    await showNotes(pageB);
    await showNotes(pageA);
    const before = await listedNotes(pageA);
    expect(before.length).toBeGreaterThan(0);
    await expect.poll(() => listedNotes(pageB)).toEqual(before);
    await pageB.evaluate(() => (window.__marker = 1));

    // The learner works in A; B waits in the background.
    await pageA.bringToFront();
    await seekVideo(pageA, 180);
    await addNote(pageA, 'live from A');
    await noteItem(pageB, '3:00', 'live from A').waitFor();

    await noteItem(pageA, '3:00').getByRole('button', { name: /^Edit note/ }).click();
    await noteEditor(pageA).fill('live from A, edited');
    await noteEditor(pageA).press('Control+Enter');
    await noteItem(pageB, '3:00', 'live from A, edited').waitFor();

    await noteItem(pageA, '3:00').getByRole('button', { name: /^Delete note/ }).click();
    await expect.poll(() => listedNotes(pageB)).toEqual(before);
    expect(await pageB.evaluate(() => window.__marker)).toBe(1);
  });

  it('keeps both notes when two tabs save at the same moment', async () => {
    const before = await listedTexts(pageA);
    const write = async (page: Page, t: number, text: string) => {
      await page.bringToFront();
      await seekVideo(page, t);
      await addNoteButton(page).click();
      await noteEditor(page).fill(text);
    };
    await write(pageA, 700, 'saved in A at once');
    await write(pageB, 710, 'saved in B at once');
    await Promise.all([noteEditor(pageA).press('Control+Enter'), noteEditor(pageB).press('Control+Enter')]);
    for (const page of [pageA, pageB]) {
      await expect.poll(() => listedTexts(page)).toEqual([...before, 'saved in A at once', 'saved in B at once']);
    }
  });
});

describe('a restart of the service worker', () => {
  it('loses nothing: a note typed across the restart is saved, and the other tab still sees changes live', async () => {
    await pageA.bringToFront();
    await seekVideo(pageA, 800);
    await addNoteButton(pageA).click();
    await noteEditor(pageA).fill('typed before the stop');
    await stopServiceWorker(browser.context, pageA);

    await noteEditor(pageA).pressSequentially(' and after it');
    await noteEditor(pageA).press('Control+Enter');
    await noteEditor(pageA).waitFor({ state: 'detached' });
    await noteItem(pageA, '13:20', 'typed before the stop and after it').waitFor();
    await noteItem(pageB, '13:20', 'typed before the stop and after it').waitFor();

    await pageB.bringToFront();
    await seekVideo(pageB, 900);
    await addNote(pageB, 'from B after the restart');
    await noteItem(pageA, '15:00', 'from B after the restart').waitFor();
    expect((await panel(pageA).getByRole('status').allTextContents()).join(' ')).not.toMatch(/could not/);
  });
});
