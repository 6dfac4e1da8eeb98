/**
 * Margin's own pages in Chromium against the imitation: the notebook (every note, live from a YouTube tab's
 * panel without reload, deleting there removes from the panel, export downloads a file, hostile text stays
 * text) and the popup (the open video's notes seek its tab in place, the series with note counts, the way to the
 * notebook). The popup is opened as a tab of its own, the only way a test can reach it.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { panel } from './harness/panel';
import { saveScreenshot } from './harness/screenshots';
import { openWatch, pauseVideo, seekVideo } from './harness/youtube-page';

declare global {
  interface Window {
    /** Set by a test in a page: still there afterwards means the page was not reloaded. */
    __pagesMarker?: number;
  }
}

const LESSON = 'aircAruvnKk';
const LESSON_HEADING = 'Chapter 1 · But what is a neural network?';
const HOSTILE = '<img src=x onerror=alert(1)>';

let browser: MarginBrowser;
let youtube: Page;
let notebook: Page;
const dialogs: string[] = [];

const pageUrl = (name: string) => `chrome-extension://${browser.extensionId!}/${name}.html`;
const lessonSection = (page: Page): Locator => page.getByRole('region', { name: LESSON_HEADING });
/** A note of the notebook by its time and words of its text. */
const notebookNote = (page: Page, time: string, text: string): Locator =>
  page.getByRole('article', { name: `Note at ${time}`, exact: true }).filter({ hasText: text });

// The panel's Notes tab, driven as a learner does: only what these tests need, by accessible names.
async function showNotes(page: Page): Promise<void> {
  await panel(page).waitFor();
  const tab = panel(page).getByRole('tab', { name: 'Notes' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await panel(page).getByRole('button', { name: /^Add note/ }).waitFor();
}
/** Notes tab → "Add note at M:SS" (once the button shows that time) → type → Ctrl+Enter. */
async function addNote(page: Page, time: string, text: string, tags = ''): Promise<void> {
  await showNotes(page);
  await panel(page).getByRole('button', { name: `Add note at ${time}`, exact: true }).click();
  const editor = panel(page).getByRole('textbox', { name: `Note at ${time}`, exact: true });
  await editor.fill(text);
  if (tags) await panel(page).getByRole('textbox', { name: 'Tags, separated by commas' }).fill(tags);
  await editor.press('Control+Enter');
  await editor.waitFor({ state: 'detached' });
}
const panelNote = (page: Page, time: string, text: string): Locator =>
  panel(page).getByRole('article', { name: `Note at ${time}`, exact: true }).filter({ hasText: text });
const panelTexts = (page: Page): Promise<string[]> => panel(page).locator('article .note-text').allTextContents();

beforeAll(async () => {
  browser = await launchBrowser();
  youtube = await browser.newPage();
  await openWatch(youtube, LESSON);
  await pauseVideo(youtube);
  await showNotes(youtube);
  notebook = await browser.context.newPage();
  notebook.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await notebook.goto(pageUrl('notebook'));
  await notebook.getByRole('heading', { level: 1, name: 'Margin notebook' }).waitFor();
  await notebook.getByText('0 notes on 0 videos', { exact: false }).waitFor();
  await notebook.evaluate(() => (window.__pagesMarker = 1));
});
afterAll(async () => browser?.close());

describe('the notebook', () => {
  it('shows a note added in a YouTube tab at once, without reloading, under its video', async () => {
    await seekVideo(youtube, 400);
    await addNote(youtube, '6:40', 'Each neuron holds a number, see 2:42', 'basics, neurons');

    const note = notebookNote(notebook, '6:40', 'Each neuron holds a number');
    await lessonSection(notebook).getByRole('article').filter({ hasText: 'Each neuron holds a number' }).waitFor();
    expect(await notebook.evaluate(() => window.__pagesMarker)).toBe(1);
    // Its time, and the time in its text, are real links to the moment on YouTube, opening a new tab.
    const time = note.getByRole('link', { name: /^Watch from 6:40/ });
    expect(await time.getAttribute('href')).toBe('https://www.youtube.com/watch?v=aircAruvnKk&t=400s');
    expect(await time.getAttribute('target')).toBe('_blank');
    expect(await note.getByRole('link', { name: /^Watch from 2:42/ }).getAttribute('href')).toBe(
      'https://www.youtube.com/watch?v=aircAruvnKk&t=162s',
    );
    const heading = lessonSection(notebook).getByRole('heading', { level: 2, name: LESSON_HEADING });
    expect(await heading.getByRole('link').getAttribute('href')).toBe('https://www.youtube.com/watch?v=aircAruvnKk');
    expect(await notebook.getByRole('heading', { level: 1 }).count()).toBe(1);
  });

  it('shows a hostile note as text', async () => {
    await seekVideo(youtube, 90);
    await addNote(youtube, '1:30', HOSTILE);
    const note = notebookNote(notebook, '1:30', HOSTILE);
    await note.waitFor();
    expect(await note.locator('.note-text').textContent()).toBe(HOSTILE);
    expect(await notebook.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('filters by words and by #tag, and a tag button filters by it', async () => {
    const filter = notebook.getByRole('searchbox', { name: 'Filter' });
    await filter.fill('#basics');
    await expect.poll(() => lessonSection(notebook).getByRole('article').count()).toBe(1);
    await filter.fill('nothing like this');
    await notebook.getByText('No note matches “nothing like this”.').waitFor();
    await filter.fill('');
    await expect.poll(() => lessonSection(notebook).getByRole('article').count()).toBe(2);
    await notebook.getByRole('button', { name: 'Show notes tagged #neurons' }).click();
    expect(await filter.inputValue()).toBe('#neurons');
    await expect.poll(() => lessonSection(notebook).getByRole('article').count()).toBe(1);
    await filter.fill('');
  });

  it('edits a note in place, and the panel shows the change', async () => {
    await notebook.getByRole('button', { name: /^Edit note “Each neuron/ }).click();
    const editor = notebook.getByRole('textbox', { name: 'Note at 6:40', exact: true });
    await editor.fill('Each neuron holds an activation');
    await editor.press('Control+Enter');
    await editor.waitFor({ state: 'detached' });
    await notebookNote(notebook, '6:40', 'Each neuron holds an activation').waitFor();
    await panelNote(youtube, '6:40', 'Each neuron holds an activation').waitFor();
    // The keyboard focus is back on the note, not lost at the top of the page.
    expect(await notebook.evaluate(() => document.activeElement?.closest('article')?.getAttribute('aria-label'))).toBe('Note at 6:40');
  });

  it('deletes a note, which vanishes from the panel, and brings it back with Undo', async () => {
    await notebook.getByRole('button', { name: /^Delete note “<img/ }).click();
    await notebookNote(notebook, '1:30', HOSTILE).waitFor({ state: 'detached' });
    await expect.poll(() => panelTexts(youtube)).toEqual(['Each neuron holds an activation']);
    await notebook.getByRole('button', { name: 'Undo', exact: true }).click();
    await notebookNote(notebook, '1:30', HOSTILE).waitFor();
    await expect.poll(() => panelTexts(youtube)).toEqual([HOSTILE, 'Each neuron holds an activation']);
  });

  it('exports every note as JSON and as Markdown, as downloads', async () => {
    const [json] = await Promise.all([notebook.waitForEvent('download'), notebook.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(json.suggestedFilename()).toMatch(/^margin-notes-\d{4}-\d\d-\d\d\.json$/);
    const parsed = JSON.parse(await readFile(await json.path(), 'utf8')) as {
      format: string; version: number; notes: { text: string; t: number; deletedAt?: number }[]; progress: unknown[]; settings: object;
    };
    expect(parsed.format).toBe('margin-notes');
    expect(parsed.version).toBe(2);
    expect(parsed.settings).toMatchObject({ pauseWhileWriting: true });
    expect(parsed.notes.filter((n) => n.deletedAt === undefined).map((n) => [n.t, n.text])).toEqual([
      [90, HOSTILE],
      [400, 'Each neuron holds an activation'],
    ]);

    const [markdown] = await Promise.all([notebook.waitForEvent('download'), notebook.getByRole('button', { name: 'Export Markdown' }).click()]);
    expect(markdown.suggestedFilename()).toMatch(/^margin-notes-\d{4}-\d\d-\d\d\.md$/);
    const text = await readFile(await markdown.path(), 'utf8');
    expect(text).toContain(`## ${LESSON_HEADING.replace('But', '[But')}](https://www.youtube.com/watch?v=aircAruvnKk)`);
    expect(text).toContain('- [6:40](https://www.youtube.com/watch?v=aircAruvnKk&t=400s) Each neuron holds an activation\\\n  #basics #neurons');
    expect(text).toContain('- [1:30](https://www.youtube.com/watch?v=aircAruvnKk&t=90s) \\<img src=x onerror=alert(1)\\>');
  });

  it('looks right in light and dark', async () => {
    await notebook.setViewportSize({ width: 900, height: 640 });
    await notebook.emulateMedia({ colorScheme: 'light' });
    await saveScreenshot(notebook, 'notebook-light');
    await notebook.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => notebook.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 15, 15)');
    await saveScreenshot(notebook, 'notebook-dark');
    await notebook.emulateMedia({ colorScheme: 'light' });
  });
});

describe('the popup', () => {
  /** The popup as a tab of its own, 360 px wide like the real one. */
  async function openPopup(): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(pageUrl('popup'));
    return popup;
  }

  it('lists the nine videos with their notes count, and opens the notebook (closing itself)', async () => {
    const popup = await openPopup();
    const links = popup.getByRole('list').first().getByRole('link');
    await expect.poll(() => links.count()).toBe(9);
    await links.first().filter({ hasText: '2 notes' }).waitFor();
    expect(await links.first().getAttribute('href')).toBe('https://www.youtube.com/watch?v=aircAruvnKk');
    const closed = popup.waitForEvent('close');
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open notebook' }).click()]);
    expect(opened.url()).toBe(pageUrl('notebook'));
    await closed;
    await opened.close();
  });

  it('over a series video, lists its notes live, and a time seeks that tab', async () => {
    const popup = await openPopup();
    // The popup asks for the active tab of its window when it opens: make the YouTube tab that one, then reload.
    await youtube.bringToFront();
    await popup.reload();
    await popup.getByRole('heading', { level: 2, name: 'But what is a neural network?' }).waitFor();
    await popup.getByRole('button', { name: 'Jump to 6:40' }).waitFor();
    await seekVideo(youtube, 30);
    await addNote(youtube, '0:30', 'added while the popup is open');
    await popup.getByRole('article', { name: 'Note at 0:30' }).waitFor();
    await saveScreenshot(popup, 'popup');

    // The tab's lesson seeks in place, through its panel: no reload (the marker survives), no new address.
    await youtube.evaluate(() => (window.__pagesMarker = 7));
    const address = youtube.url();
    await popup.getByRole('button', { name: 'Jump to 6:40' }).click();
    await expect.poll(() => youtube.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime)).toBe(400);
    expect(await youtube.evaluate(() => window.__pagesMarker)).toBe(7);
    expect(youtube.url()).toBe(address);
  });
});
