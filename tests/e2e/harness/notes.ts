/**
 * The Notes tab as a learner sees it (buttons, text fields and notes by their accessible names), and the
 * extension's background as a test reaches it: the keyboard command's message to a tab, its own storage, and a
 * stop of its service worker.
 */
import type { BrowserContext, Locator, Page, Worker } from 'playwright-core';
import { panel } from './panel';

export interface ListedNote {
  /** The note's time as shown: `6:40`. */
  time: string;
  /** Its text as shown on screen (screen-reader-only words left out). */
  text: string;
  /** As shown: `#tag`. */
  tags: string[];
}

/** Waits for the panel, then makes sure its Notes tab is the one shown. */
export async function showNotes(page: Page): Promise<void> {
  await panel(page).waitFor();
  const tab = panel(page).getByRole('tab', { name: 'Notes' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await addNoteButton(page).waitFor();
}

export const addNoteButton = (page: Page): Locator => panel(page).getByRole('button', { name: /^Add note/ });
/** The text field of the note being written (new or edited), in the side panel. */
export const noteEditor = (page: Page): Locator => panel(page).getByRole('textbox', { name: /^Note at / });
export const tagsField = (page: Page): Locator => panel(page).getByRole('textbox', { name: 'Tags, separated by commas' });
export const notesFilter = (page: Page): Locator => panel(page).getByRole('searchbox', { name: 'Filter notes by text or #tag' });
/** A listed note, by its accessible name ("Note at 6:40") and, optionally, words of its text. */
export function noteItem(page: Page, time: string, text?: string): Locator {
  const item = panel(page).getByRole('article', { name: `Note at ${time}`, exact: true });
  return text === undefined ? item : item.filter({ hasText: text });
}

/** The notes the Notes tab lists, in order, as they read on screen. */
export function listedNotes(page: Page): Promise<ListedNote[]> {
  return panel(page)
    .locator('article')
    .evaluateAll((articles) => {
      const visible = (element: Element | null) => {
        if (!element) return '';
        const copy = element.cloneNode(true) as Element;
        for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
        return copy.textContent ?? '';
      };
      return articles.map((article) => ({
        time: (article.getAttribute('aria-label') ?? '').replace(/^Note at /, ''),
        text: visible(article.querySelector('.note-text')),
        tags: [...article.querySelectorAll('.tag')].map((tag) => visible(tag)),
      }));
    });
}

export const listedTexts = async (page: Page): Promise<string[]> => (await listedNotes(page)).map((note) => note.text);

/** Writes a note at the current time with the panel's button and saves it with Ctrl+Enter. */
export async function addNote(page: Page, text: string, tags = ''): Promise<void> {
  await showNotes(page);
  await addNoteButton(page).click();
  await noteEditor(page).fill(text);
  if (tags) await tagsField(page).fill(tags);
  await noteEditor(page).press('Control+Enter');
  await noteEditor(page).waitFor({ state: 'detached' });
}

/** Sets the lesson's playback rate and (unless `start` is false) plays it; resolves once it plays. */
export async function playVideo(page: Page, rate = 1, start = true): Promise<void> {
  await page.evaluate(
    async ([r, s]) => {
      const video = document.querySelector<HTMLVideoElement>('#movie_player video')!;
      video.playbackRate = r;
      if (s) await video.play();
    },
    [rate, start] as const,
  );
}

/** The part of the `chrome` API the service worker's code below uses. */
interface WorkerChrome {
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/**
 * What the background does with the Alt+Shift+N command (headless Chromium delivers no extension shortcuts):
 * sends the add-note command to the YouTube tab. There must be exactly one; returns the panel's answer.
 */
export function sendAddNoteCommand(worker: Worker): Promise<unknown> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    const tabs = await chrome.tabs.query({ url: '*://www.youtube.com/*' });
    if (tabs.length !== 1 || tabs[0]?.id === undefined) throw new Error(`expected one YouTube tab, found ${tabs.length}`);
    return chrome.tabs.sendMessage(tabs[0].id, { margin: 1, type: 'command', command: 'add-note' });
  });
}

/** Names of the IndexedDB databases of the page's own origin, read in the page's main world. */
export async function pageDatabases(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
}

/** Every key and value of the page's localStorage and sessionStorage, as `key=value` lines. */
export function pageWebStorage(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((storage) =>
      Array.from({ length: storage.length }, (_, i) => {
        const key = storage.key(i) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      }),
    ),
  );
}

export async function workerDatabases(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
}

/**
 * Stops the extension's service worker the way the browser does when it is idle (DevTools protocol), and waits
 * until the browser reports it stopped. Playwright's handle on the old worker hangs after this (and its `close`
 * event never fires): do not use it again.
 */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
