/**
 * Exports and maths in Chromium against the imitation (Trusted Types enforced, as on YouTube). Notes written in
 * the panel, one of them with maths: the maths shows as MathML in the panel and in the notebook, unreadable TeX
 * shows as typed and marked, and no Trusted Types violation is reported. "Copy as lines" puts "M:SS text" lines
 * on the clipboard; the notebook downloads CSV (a spreadsheet reads it back), Anki (its headers, one card per
 * note) and one chapter's Markdown (maths kept as `$…$`).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { addNote, noteItem, showNotes } from './harness/notes';
import { panel } from './harness/panel';
import { saveScreenshot } from './harness/screenshots';
import { ORIGIN, openWatch, pauseVideo, seekVideo } from './harness/youtube-page';
import { readCsv } from '../unit/csv-reader';

const LESSON = 'aircAruvnKk';
const MATHS = 'Activation $\\sigma(w \\cdot a + b)$ then $$\\frac{\\partial C}{\\partial w}$$ and broken $\\frac{1$';
const WORDS = 'Cost, "quoted"\nsecond line 🧠 שלום';

let browser: MarginBrowser;
let youtube: Page;
let notebook: Page;
const violations: string[] = [];

const download = async (page: Page, name: string | RegExp): Promise<[Download, string]> => {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return [file, await readFile((await file.path())!, 'utf8')];
};

beforeAll(async () => {
  browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  youtube = await browser.newPage();
  youtube.on('console', (message) => {
    if (message.text().includes('[Margin]')) console.log('[page console]', message.type(), message.text());
    if (/trusted ?type/i.test(message.text())) violations.push(message.text());
  });
  await youtube.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Trusted Types violation: ${event.violatedDirective}`)),
  );
  await openWatch(youtube, LESSON);
  await pauseVideo(youtube);
  await seekVideo(youtube, 100);
  await addNote(youtube, MATHS, 'maths, neurons');
  await seekVideo(youtube, 200);
  await addNote(youtube, WORDS);
  notebook = await browser.context.newPage();
  await notebook.goto(`chrome-extension://${browser.extensionId!}/notebook.html`);
  await notebook.getByRole('heading', { level: 1, name: 'Margin notebook' }).waitFor();
  await notebook.getByText('2 notes on 1 video', { exact: false }).waitFor();
});
afterAll(async () => browser?.close());

describe('maths in notes', () => {
  it('renders as MathML in the panel, the unreadable part as typed, with no Trusted Types violation', async () => {
    await showNotes(youtube);
    const note = noteItem(youtube, '1:40');
    await note.locator('math').first().waitFor();
    expect(await note.locator('math').count()).toBe(2);
    expect(await note.locator('math[display="block"]').count()).toBe(1);
    expect(await note.locator('math annotation').first().textContent()).toBe('\\sigma(w \\cdot a + b)');
    await expect.poll(() => note.locator('.maths-invalid').textContent()).toBe('$\\frac{1$');
    expect(await note.locator('.maths-invalid').getAttribute('title')).toMatch(/shown as typed/i);
    expect(violations).toEqual([]);
    await note.scrollIntoViewIfNeeded();
    await note.screenshot({ path: (await saveScreenshot(youtube, 'maths-panel'))[0]!.replace(/\.png$/, '-note.png') });
  });

  it('renders as MathML in the notebook', async () => {
    const note = notebook.getByRole('article', { name: 'Note at 1:40', exact: true });
    await note.locator('math').first().waitFor();
    expect(await note.locator('math').count()).toBe(2);
    expect(await note.locator('.maths-invalid').textContent()).toBe('$\\frac{1$');
    await saveScreenshot(notebook, 'maths-notebook');
  });
});

describe('exports', () => {
  it('copies the lesson notes as "M:SS text" lines from the panel', async () => {
    await panel(youtube).getByRole('button', { name: "Copy as lines: this lesson's notes, as time and text" }).click();
    await expect.poll(() => youtube.evaluate(() => navigator.clipboard.readText())).toBe(`1:40 ${MATHS}\n3:20 Cost, "quoted" second line 🧠 שלום`);
  });

  it('downloads CSV that a spreadsheet reads back exactly', async () => {
    const [file, text] = await download(notebook, 'Export CSV');
    expect(file.suggestedFilename()).toMatch(/^margin-notes-\d{4}-\d\d-\d\d\.csv$/);
    expect(text.startsWith('\uFEFF"Chapter","Lesson","Time"')).toBe(true);
    const rows = readCsv(text);
    expect(rows.slice(1).map((row) => [row[2], row[5], row[6]])).toEqual([
      ['1:40', MATHS, 'maths, neurons'],
      ['3:20', WORDS, ''],
    ]);
  });

  it('downloads an Anki file with its headers and one card per note, glossary cards when asked', async () => {
    const [file, text] = await download(notebook, 'Export Anki');
    expect(file.suggestedFilename()).toMatch(/^margin-anki-.*\.txt$/);
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#notetype:Basic']);
    const cards = lines.filter((line) => !line.startsWith('#'));
    expect(cards).toHaveLength(2);
    expect(cards[0]!.split('\t')[1]).toBe(MATHS);
    expect(cards[0]!.split('\t')[3]).toBe('maths neurons');
    expect(cards[1]!.split('\t')[1]).toBe('Cost, &quot;quoted&quot;<br>second line 🧠 שלום');
    await notebook.getByRole('checkbox', { name: 'Anki: add glossary cards' }).check();
    const [, withGlossary] = await download(notebook, 'Export Anki');
    expect(withGlossary.split('\n').filter((line) => line.endsWith('\tglossary')).length).toBeGreaterThan(10);
  });

  it('downloads a JSON backup that holds a note deleted in another tab a moment before, as a tombstone', async () => {
    // The notebook reads the tombstones ahead of the click and keeps them current from the pushed changes.
    await seekVideo(youtube, 300);
    await addNote(youtube, 'Soon gone');
    await notebook.getByText('3 notes on 1 video', { exact: false }).waitFor();
    const before = JSON.parse((await download(notebook, 'Export JSON'))[1]) as { notes: { text: string; deletedAt?: number }[] };
    expect(before.notes.map((note) => [note.text, note.deletedAt !== undefined])).toContainEqual(['Soon gone', false]);
    await showNotes(youtube);
    await noteItem(youtube, '5:00', 'Soon gone').getByRole('button', { name: /^Delete note/ }).click();
    await notebook.getByText('2 notes on 1 video', { exact: false }).waitFor();
    const [file, text] = await download(notebook, 'Export JSON');
    expect(file.suggestedFilename()).toMatch(/^margin-notes-.*\.json$/);
    const backup = JSON.parse(text) as { version: number; notes: { text: string; deletedAt?: number }[] };
    expect(backup.version).toBe(2);
    expect(backup.notes.map((note) => [note.text, note.deletedAt !== undefined])).toEqual([
      [MATHS, false],
      [WORDS, false],
      ['Soon gone', true],
    ]);
  });

  it('keeps that tombstone in the backup after the notebook is opened again, when it is read with the list', async () => {
    await notebook.reload();
    await notebook.getByText('2 notes on 1 video', { exact: false }).waitFor();
    const backup = JSON.parse((await download(notebook, 'Export JSON'))[1]) as { notes: { text: string; deletedAt?: number }[] };
    expect(backup.notes.map((note) => [note.text, note.deletedAt !== undefined])).toEqual([
      [MATHS, false],
      [WORDS, false],
      ['Soon gone', true],
    ]);
  });

  it("downloads one chapter's Markdown with the maths kept as maths", async () => {
    const [file, text] = await download(notebook, 'Markdown: download Chapter 1 notes');
    expect(file.suggestedFilename()).toMatch(/^margin-chapter-1-.*\.md$/);
    expect(text).toContain('Activation $\\sigma(w \\cdot a + b)$ then $$\\frac{\\partial C}{\\partial w}$$ and broken $\\frac{1$');
    expect(text).toContain('Cost, "quoted"\\\n  second line 🧠 שלום');
  });
});
