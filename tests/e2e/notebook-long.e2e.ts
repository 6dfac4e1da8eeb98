/**
 * A notebook of thousands of notes: drawn a chunk at a time as the learner scrolls, yet every note reachable by
 * scrolling, by the filter, and by editing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { makeNotes, storeNotes } from './harness/many-notes';

let browser: MarginBrowser;
let notebook: Page;
const notes = makeNotes(3000);
const lastOfFirstLesson = notes.filter((note) => note.videoId === notes[0]!.videoId).at(-1)!;

beforeAll(async () => {
  browser = await launchBrowser();
  notebook = await browser.newPage();
  await notebook.goto(`chrome-extension://${browser.extensionId!}/notebook.html`);
  await storeNotes(notebook, notes);
  await notebook.getByText('3000 notes on 9 videos', { exact: false }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

const articles = () => notebook.locator('main article');

describe('a notebook of 3,000 notes', () => {
  it('draws only the notes near the screen, and keeps the page as tall as all of them', async () => {
    await articles().first().waitFor();
    const drawn = await articles().count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(1000);
    const height = await notebook.evaluate(() => document.documentElement.scrollHeight);
    // Every note keeps room for itself, drawn or not: far more than the notes drawn would need.
    expect(height).toBeGreaterThan(3000 * 40);
  });

  it('shows the last note of a lesson once the learner scrolls down to it', async () => {
    const last = articles().filter({ hasText: `${lastOfFirstLesson.text}` });
    expect(await last.count()).toBe(0);
    for (let i = 0; i < 400 && (await last.count()) === 0; i += 1) await notebook.mouse.wheel(0, 1500);
    await last.first().scrollIntoViewIfNeeded();
    await expect.poll(() => last.first().isVisible()).toBe(true);
  });

  it('finds a note far down the list with the filter, and edits it in place', async () => {
    await notebook.evaluate(() => window.scrollTo(0, 0));
    const filter = notebook.getByRole('searchbox').first();
    await filter.fill(lastOfFirstLesson.text);
    const match = articles().filter({ hasText: lastOfFirstLesson.text });
    await match.first().waitFor();
    expect(await articles().count()).toBe(1);
    await match.getByRole('button', { name: /^Edit/ }).click();
    const editor = notebook.getByRole('textbox', { name: /^Note at / });
    await editor.fill('Rewritten far down the list');
    await editor.press('Control+Enter');
    await filter.fill('Rewritten far down');
    await articles().filter({ hasText: 'Rewritten far down the list' }).first().waitFor();
  });
});

describe('opening a notebook of 3,000 notes', () => {
  it('shows the first notes while the whole list is still on its way, then all of them', async () => {
    // The whole list's answer is held back in this page (the background answers as usual): what the learner sees
    // then is what a slow answer shows.
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: { type?: string }): Promise<unknown> } } }).chrome.runtime;
      const send = runtime.sendMessage.bind(runtime);
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      (window as unknown as { releaseList: () => void }).releaseList = release;
      runtime.sendMessage = (message) => (message?.type === 'notes/list-all' ? released.then(() => send(message)) : send(message));
    });
    await page.goto(`chrome-extension://${browser.extensionId!}/notebook.html`);
    const firstNotes = page.locator('main article');
    await firstNotes.first().waitFor();
    // The first note of the first lesson, at its first second.
    expect(await firstNotes.first().textContent()).toContain(notes[0]!.text);
    expect(await page.getByText('Loading your notes…').isVisible()).toBe(true);
    // Nothing is exported from a list that is not whole yet.
    for (const button of await page.getByRole('group', { name: /^Export/ }).getByRole('button').all()) expect(await button.isDisabled()).toBe(true);

    await page.evaluate(() => (window as unknown as { releaseList: () => void }).releaseList());
    await page.getByText('3000 notes on 9 videos', { exact: false }).waitFor();
    expect(await page.getByRole('group', { name: /^Export/ }).getByRole('button').first().isDisabled()).toBe(false);
    await page.close();
  });
});
