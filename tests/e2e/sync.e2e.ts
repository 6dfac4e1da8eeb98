/**
 * Sync in Chromium against the imitation. Without a Google account, headless Chromium still keeps
 * `storage.sync` (locally) and fires `storage.onChanged` for it, so another browser's writes are imitated by
 * setting items from the service worker, exactly as Chrome Sync lands them; what Margin writes is read back
 * from the same place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Note } from '@/utils/notes';
import { noteBudget, packNotes } from '@/utils/sync-pack';
import { unpackNotes } from '@/utils/sync-unpack';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { saveScreenshot } from './harness/screenshots';
import { addNote, listedTexts, showNotes } from './harness/notes';
import { openWatch, pauseVideo, seekVideo } from './harness/youtube-page';

const LESSON = 'aircAruvnKk';

let browser: MarginBrowser;
let youtube: Page;
let notebook: Page;

/** The part of the worker's `chrome` these tests use. */
interface SyncChrome {
  storage: { sync: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}

/** storage.sync as the worker sees it. */
const syncItems = () =>
  browser.worker!.evaluate(() => (globalThis as unknown as { chrome: SyncChrome }).chrome.storage.sync.get(null));
const syncedNotes = async () => (await unpackNotes(await syncItems())).versions.map((v) => v.note);

/** Lands items in storage.sync as Chrome Sync would after another browser wrote them. */
const landFromOtherBrowser = (items: Record<string, unknown>) =>
  browser.worker!.evaluate((toSet) => (globalThis as unknown as { chrome: SyncChrome }).chrome.storage.sync.set(toSet), items);

const notebookTexts = (page: Page) => page.locator('article .note-text').allTextContents();

beforeAll(async () => {
  browser = await launchBrowser();
  youtube = await browser.newPage();
  await openWatch(youtube, LESSON);
  await pauseVideo(youtube);
  await showNotes(youtube);
  notebook = await browser.context.newPage();
  await notebook.goto(`chrome-extension://${browser.extensionId!}/notebook.html`);
  await notebook.getByRole('heading', { level: 1, name: 'Margin notebook' }).waitFor();
});
afterAll(async () => browser?.close());

describe('sync through storage.sync', () => {
  it('a note another browser synced appears at once in the open panel and notebook', async () => {
    const now = Date.now();
    const fromDesktop: Note = {
      id: crypto.randomUUID(),
      videoId: LESSON,
      t: 162,
      text: 'Written on the desktop: sigmoid squashes',
      tags: ['desktop'],
      createdAt: now,
      updatedAt: now,
    };
    // What the desktop's Margin holds, plus the items this browser wrote already (Chrome Sync merges by item).
    const current = await syncedNotes();
    const packing = await packNotes(
      [...current.map((note) => ({ note, vv: {} })), { note: fromDesktop, vv: { desktop: 1 } }],
      noteBudget(4096, 2),
    );
    await landFromOtherBrowser(packing.items);

    await expect.poll(() => listedTexts(youtube), { timeout: 15_000 }).toContain(fromDesktop.text);
    await expect.poll(() => notebookTexts(notebook), { timeout: 15_000 }).toContain(fromDesktop.text);
  });

  it('a note made in the panel reaches storage.sync', async () => {
    await seekVideo(youtube, 200);
    await addNote(youtube, 'Written on the laptop: the cost is an average');
    // Passes that write are at least ten seconds apart (the rate limits), so this may take a while.
    await expect
      .poll(async () => (await syncedNotes()).map((note) => note.text), { timeout: 40_000, interval: 500 })
      .toContain('Written on the laptop: the cost is an average');
  });

  it('the popup shows when sync last ran and how many notes it holds, and turns sync off and on', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 700 });
    await popup.goto(`chrome-extension://${browser.extensionId!}/popup.html`);
    const section = popup.getByRole('region', { name: 'Sync between your browsers' });
    const state = section.getByRole('status');
    await expect.poll(() => state.textContent(), { timeout: 20_000 }).toMatch(/^Synced (just now|\d+ minutes? ago)\. All 2 notes synced\.$/);
    await saveScreenshot(popup, 'sync-popup');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(popup, 'sync-popup-dark');

    const toggle = section.getByRole('checkbox', { name: /^Sync notes, watch progress and settings/ });
    await toggle.uncheck();
    await expect.poll(() => state.textContent(), { timeout: 15_000 }).toBe('Sync is off: your notes stay in this browser only.');
    await seekVideo(youtube, 300);
    await addNote(youtube, 'Written while sync was off');
    await toggle.check();
    await expect.poll(() => state.textContent(), { timeout: 40_000, interval: 500 }).toMatch(/All 3 notes synced\.$/);
    expect((await syncedNotes()).map((note) => note.text)).toContain('Written while sync was off');
    await popup.close();
  });

  it('the options page shows the same switch and state', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId!}/options.html`);
    const section = options.getByRole('region', { name: 'Sync between your browsers' });
    await expect.poll(() => section.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/^Synced .*All 3 notes synced\.$/);
    expect(await section.getByRole('checkbox', { name: /^Sync notes, watch progress and settings/ }).isChecked()).toBe(true);
    await saveScreenshot(options, 'sync-options');
    await options.close();
  });
});
