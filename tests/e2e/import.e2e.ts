/**
 * Importing a Margin JSON export in the notebook, in Chromium against the imitation. In one browser: a broken
 * file lists its problems and changes nothing; a note deleted after the export stays deleted when the export
 * is imported (the deletion is the later change). In a second browser with a profile of its own (a new
 * computer, a lost profile): the same file brings the note back, in the notebook and live in the panel, and
 * so does a file of more notes than the background pushes one by one (the views refetch instead).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { listedNotes, showNotes } from './harness/notes';
import { panel } from './harness/panel';
import { saveScreenshot } from './harness/screenshots';
import { openWatch, pauseVideo, seekVideo } from './harness/youtube-page';

const LESSON = 'aircAruvnKk';
const TEXT = 'Weights say which pixels a neuron cares about';
const files = mkdtempSync(join(tmpdir(), 'margin-import-'));

interface Desk {
  browser: MarginBrowser;
  youtube: Page;
  notebook: Page;
}

/** A browser with the lesson open (paused, Notes tab shown) and the notebook in a second tab. */
async function openDesk(): Promise<Desk> {
  const browser = await launchBrowser();
  const youtube = await browser.newPage();
  await openWatch(youtube, LESSON);
  await pauseVideo(youtube);
  await showNotes(youtube);
  const notebook = await browser.context.newPage();
  await notebook.goto(`chrome-extension://${browser.extensionId!}/notebook.html`);
  await notebook.getByRole('heading', { level: 1, name: 'Margin notebook' }).waitFor();
  return { browser, youtube, notebook };
}

const importButton = (page: Page): Locator => page.getByRole('button', { name: 'Import JSON…' });
const status = (page: Page): Locator => page.getByRole('status').filter({ hasText: /^Imported/ });
const notebookNote = (page: Page): Locator => page.getByRole('article', { name: 'Note at 1:40', exact: true }).filter({ hasText: TEXT });
const panelTexts = async (page: Page) => (await listedNotes(page)).map((note) => note.text);

/** As a learner does it: the button, then the file in the picker it opens. */
async function importThroughPicker(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importButton(page).click()]);
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles(path);
}
const preview = (page: Page): Locator => page.getByRole('region', { name: /^Import “/ });
/** The file, its preview, then "Import": the import happens only on that confirmation. */
async function importAndConfirm(page: Page, path: string): Promise<void> {
  await importThroughPicker(page, path);
  await preview(page).getByRole('button', { name: 'Import', exact: true }).click();
  await preview(page).waitFor({ state: 'detached' });
}

function writeFile(name: string, text: string): string {
  const path = join(files, name);
  writeFileSync(path, text);
  return path;
}

let a: Desk | undefined;
let b: Desk | undefined;
let exported: string;

beforeAll(async () => {
  a = await openDesk();
});
afterAll(async () => {
  await a?.browser.close();
  await b?.browser.close();
  rmSync(files, { recursive: true, force: true });
});

describe('in the browser that made the export', () => {
  it('a broken file lists every problem, takes the focus, and changes nothing', async () => {
    const { youtube, notebook } = a!;
    await seekVideo(youtube, 100);
    await panel(youtube).getByRole('button', { name: 'Add note at 1:40', exact: true }).click();
    await panel(youtube).getByRole('textbox', { name: 'Note at 1:40', exact: true }).fill(TEXT);
    await panel(youtube).getByRole('textbox', { name: 'Tags, separated by commas' }).fill('weights, pixels');
    await panel(youtube).getByRole('textbox', { name: 'Note at 1:40', exact: true }).press('Control+Enter');
    await notebookNote(notebook).waitFor();

    const good = { id: crypto.randomUUID(), videoId: LESSON, t: 5, text: 'valid, but in a broken file', tags: [], createdAt: 1, updatedAt: 1 };
    const bad = { ...good, id: crypto.randomUUID(), videoId: 'dQw4w9WgXcQ', t: -3, text: '<img src=x onerror=alert(1)>', html: true };
    const path = writeFile('broken.json', JSON.stringify({ format: 'margin-notes', version: 1, exportedAt: 1, notes: [good, bad] }));
    await notebook.locator('input[type=file]').setInputFiles(path);

    const alert = notebook.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('p').textContent()).toBe('Nothing was imported from “broken.json”; your notes are as they were.');
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([
      'notes[1] has an unexpected field "html"',
      "notes[1].videoId is not one of the series' videos",
      'notes[1].t must be between 0 and 86400 seconds',
    ]);
    expect(await notebook.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    // Not even the file's valid note: all or nothing, in this tab, in the panel, and in storage (reloaded).
    expect(await panelTexts(youtube)).toEqual([TEXT]);
    await notebook.reload();
    await notebookNote(notebook).waitFor();
    expect(await notebook.getByRole('article').count()).toBe(1);
  });

  it('a file that is not JSON says so; dismissing hands the focus back to the button', async () => {
    const { notebook } = a!;
    await importThroughPicker(notebook, writeFile('notes.json', 'margin notes, 1:40 weights'));
    const alert = notebook.getByRole('alert');
    await alert.getByText(/^The file is not valid JSON/).waitFor();
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await alert.waitFor({ state: 'detached' });
    expect(await notebook.evaluate(() => document.activeElement?.textContent)).toBe('Import JSON…');
  });

  it('a note deleted after the export stays deleted when the export comes back: the deletion is later', async () => {
    const { youtube, notebook } = a!;
    const [download] = await Promise.all([notebook.waitForEvent('download'), notebook.getByRole('button', { name: 'Export JSON' }).click()]);
    exported = writeFile('margin-notes.json', readFileSync(await download.path(), 'utf8'));
    await notebook.getByRole('button', { name: /^Delete note “Weights/ }).click();
    await notebookNote(notebook).waitFor({ state: 'detached' });
    await expect.poll(() => panelTexts(youtube)).toEqual([]);

    await importAndConfirm(notebook, exported);
    await status(notebook).waitFor();
    expect(await status(notebook).textContent()).toBe('Imported: 0 new, 0 updated, 1 unchanged, 0 deleted.');
    expect(await notebook.getByRole('article').count()).toBe(0);
    expect(await panelTexts(youtube)).toEqual([]);
  });
});

describe('in another browser, with a profile of its own', () => {
  beforeAll(async () => {
    // One browser at a time: the machine has two cores.
    await a?.browser.close();
    a = undefined;
    b = await openDesk();
  });

  it('the export brings the note back with its time and tags, in the notebook and live in the panel', async () => {
    const { youtube, notebook } = b!;
    await notebook.getByText('0 notes on 0 videos', { exact: false }).waitFor();
    await importThroughPicker(notebook, exported);
    // Nothing happens before the learner confirms: the preview says what will (once the file is read and the
    // background has planned it; reading the list before it shows read an empty list on a loaded machine).
    await preview(notebook).getByRole('listitem').first().waitFor();
    expect((await preview(notebook).getByRole('listitem').allTextContents()).slice(0, 5)).toEqual([
      '1 new note', '0 notes updated', '0 notes unchanged', '0 notes deleted',
      '0 conflicts: edited differently on each side, the later edit is kept',
    ]);
    expect(await notebook.getByRole('article').count()).toBe(0);
    await preview(notebook).getByRole('button', { name: 'Import', exact: true }).click();
    await status(notebook).waitFor();
    expect(await status(notebook).textContent()).toMatch(/^Imported: 1 new, 0 updated, 0 unchanged, 0 deleted\./);
    const note = notebookNote(notebook);
    await note.waitFor();
    expect(await note.getByRole('link', { name: /^Watch from 1:40/ }).getAttribute('href')).toBe(
      'https://www.youtube.com/watch?v=aircAruvnKk&t=100s',
    );
    await expect.poll(() => listedNotes(youtube)).toEqual([{ time: '1:40', text: TEXT, tags: ['#weights', '#pixels'] }]);
    // The focus stays where the learner left it.
    expect(await notebook.evaluate(() => document.activeElement?.textContent)).toBe('Import JSON…');
  });

  it('a larger file (too many notes to push one by one) also reaches the notebook and the panel at once', async () => {
    const { youtube, notebook } = b!;
    const videos = [LESSON, 'IHZwWFHWa-w'];
    const notes = Array.from({ length: 12 }, (_, i) => ({
      id: crypto.randomUUID(), videoId: videos[i % 2], t: 200 + i, text: `backup note ${i}`, tags: [], createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000,
    }));
    await importAndConfirm(notebook, writeFile('backup.json', JSON.stringify({ format: 'margin-notes', version: 1, exportedAt: 1, notes })));
    await status(notebook).filter({ hasText: 'Imported: 12 new, 0 updated, 0 unchanged, 0 deleted.' }).waitFor();
    await notebook.getByText('13 notes on 2 videos', { exact: false }).waitFor();
    await expect.poll(() => panelTexts(youtube)).toEqual([TEXT, ...[0, 2, 4, 6, 8, 10].map((i) => `backup note ${i}`)]);
  });

  it('importing the same file again changes nothing', async () => {
    const { youtube, notebook } = b!;
    await importAndConfirm(notebook, exported);
    await status(notebook).filter({ hasText: '0 new, 0 updated, 1 unchanged, 0 deleted.' }).waitFor();
    expect(await notebook.getByRole('article').filter({ hasText: TEXT }).count()).toBe(1);
    expect(await panelTexts(youtube)).toHaveLength(7);
  });

  it('pasted "M:SS text" lines become notes of the chosen video, after a preview', async () => {
    const { notebook } = b!;
    await notebook.getByRole('button', { name: 'Import lines…' }).click();
    await notebook.getByRole('combobox', { name: 'Into' }).selectOption({ label: 'Chapter 1 · But what is a neural network?' });
    await notebook.getByRole('textbox', { name: 'Lines' }).fill('0:00 Intro\n1:05 - What are neurons?\nno time here');
    await notebook.getByRole('button', { name: 'Preview import' }).click();
    expect(await preview(notebook).getByRole('listitem').first().textContent()).toBe('2 new notes');
    expect(await preview(notebook).getByText('1 line not read').count()).toBe(1);
    await preview(notebook).getByRole('button', { name: 'Import', exact: true }).click();
    await notebook.getByRole('article', { name: 'Note at 1:05', exact: true }).filter({ hasText: 'What are neurons?' }).waitFor();
    await notebook.getByRole('article', { name: 'Note at 0:00', exact: true }).filter({ hasText: 'Intro' }).waitFor();
  });

  it('"replace everything" shows what it deletes, keeps an automatic backup first, and offers it for download', async () => {
    const { youtube, notebook } = b!;
    const before = await notebook.getByRole('article').count();
    const only = { id: crypto.randomUUID(), videoId: LESSON, t: 7, text: 'the only note now', tags: [], createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 };
    await importThroughPicker(notebook, writeFile('restore.json', JSON.stringify({ format: 'margin-notes', version: 2, exportedAt: 1, notes: [only], progress: [], settings: {} })));
    await preview(notebook).getByRole('radio', { name: /^Replace everything/ }).check();
    await preview(notebook).getByText(`${before} notes deleted`).waitFor();
    await saveScreenshot(notebook, 'import-preview-replace');
    expect(await notebook.getByRole('article').count()).toBe(before);
    await preview(notebook).getByRole('button', { name: 'Replace everything' }).click();
    await notebook.getByText('1 note on 1 video', { exact: false }).waitFor();
    await expect.poll(() => panelTexts(youtube)).toEqual(['the only note now']);

    const [download] = await Promise.all([
      notebook.waitForEvent('download'),
      notebook.getByRole('button', { name: /^Download the automatic backup/ }).click(),
    ]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { version: number; notes: { text: string; deletedAt?: number }[] };
    expect(saved.version).toBe(2);
    expect(saved.notes.filter((n) => n.deletedAt === undefined)).toHaveLength(before);
    expect(saved.notes.map((n) => n.text)).toContain(TEXT);
  });
});
