/**
 * The notebook for studying, in Chromium: a table of contents with the note count of each chapter (skip links),
 * a tag index with counts that filters, each note with the key moment it falls in, and one search over notes
 * and the series glossary together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SERIES } from '@/utils/series-data';
import { momentOf } from '@/utils/note-index';
import { ideaMatches, seriesIdeas } from '@/utils/series-glossary';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { addNote } from './harness/notes';
import { saveScreenshot } from './harness/screenshots';
import { openWatch, pauseVideo, seekVideo } from './harness/youtube-page';

const FIRST = SERIES[0]!;
const SECOND = SERIES[1]!;
let browser: MarginBrowser;
let notebook: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const youtube = await browser.newPage();
  await openWatch(youtube, FIRST.videoId);
  await pauseVideo(youtube);
  await seekVideo(youtube, 400);
  await addNote(youtube, 'layers find edges first', 'intro, layers');
  await seekVideo(youtube, 100);
  await addNote(youtube, 'a neuron holds a number', 'intro');
  await openWatch(youtube, SECOND.videoId);
  await pauseVideo(youtube);
  await seekVideo(youtube, 200);
  await addNote(youtube, 'cost of one example', 'cost');
  notebook = await browser.context.newPage();
  await notebook.goto(`chrome-extension://${browser.extensionId!}/notebook.html`);
  await notebook.getByRole('article').nth(2).waitFor();
});
afterAll(async () => browser?.close());

describe('the notebook for studying', () => {
  it('has a table of contents with each chapter’s note count, linking to its notes', async () => {
    const contents = notebook.getByRole('navigation', { name: 'Contents' });
    const items = await contents.getByRole('listitem').allInnerTexts();
    expect(items).toEqual([`Chapter 1 · ${FIRST.title} 2 notes`, `Chapter 2 · ${SECOND.title} 1 note`]);
    expect(await contents.getByRole('link', { name: `Chapter 2 · ${SECOND.title}` }).getAttribute('href')).toBe(`#video-${SECOND.videoId}`);
    await saveScreenshot(notebook, 'notebook-index');
  });

  it('shows each note with the key moment it falls in', async () => {
    const note = notebook.getByRole('article', { name: 'Note at 6:40' });
    expect(await note.locator('.note-moment').innerText()).toBe(`in: ${momentOf(FIRST.videoId, 400)}`);
  });

  it('indexes the tags with their counts; a tag filters the notes', async () => {
    const tags = notebook.getByRole('navigation', { name: 'Tags' });
    expect((await tags.getByRole('button').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(['#intro 2 notes', '#cost 1 note', '#layers 1 note']);
    await tags.getByRole('button', { name: /^#layers/ }).click();
    await expect.poll(() => notebook.getByRole('article').count()).toBe(1);
    expect(await tags.getByRole('button', { name: /^#layers/ }).getAttribute('aria-pressed')).toBe('true');
    await notebook.getByRole('searchbox').fill('');
  });

  it('searches the notes and the series glossary together', async () => {
    await notebook.getByRole('searchbox').fill('layer');
    const terms = notebook.getByRole('region', { name: /^Glossary terms/ });
    const expected = seriesIdeas(SERIES).filter((idea) => ideaMatches(idea, 'layer'));
    await expect.poll(() => terms.locator('h2 .count').innerText()).toBe(String(expected.length));
    expect(await terms.getByRole('article').count()).toBe(Math.min(5, expected.length));
    expect(await terms.getByRole('link', { name: /in the series glossary$/ }).getAttribute('href')).toBe('/glossary.html?q=layer');
    // The notes that match are there too.
    await notebook.getByRole('article', { name: 'Note at 6:40' }).waitFor();
    await notebook.getByRole('searchbox').fill('');
  });
});
