/**
 * Keyboard focus in the panel never drops to the page: after every note action it lands where the learner
 * expects (Add note, the note just edited, Undo after a delete, the note brought back, the chapter heading after
 * a link to another chapter), the status line says what happened, and lists are one Tab stop each, crossed with
 * the arrow keys. Each step below asserts where focus is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { glossaryInOrder } from '@/utils/catalog';
import { getSeriesVideo } from '@/utils/series-data';
import { matchesFilter } from '@/utils/glossary';
import { formatTime } from '@/utils/time';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { focusedControl, panelStatus, tabStopsUntilOutside } from './harness/focus';
import { chapterAt, chaptersOf, keyMoment, momentName, panel, showKeyMoments } from './harness/panel';
import { addNote, addNoteButton, noteEditor, noteItem, sendAddNoteCommand, showNotes } from './harness/notes';
import { catalogTerm, glossaryFilter, inOrder, showGlossary, termEntry } from './harness/glossary';
import { openWatch, pauseVideo, seekVideo } from './harness/youtube-page';

const LESSON = 'aircAruvnKk';
const SECOND = getSeriesVideo('IHZwWFHWa-w')!;

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await openWatch(page, LESSON);
  await pauseVideo(page);
  await seekVideo(page, 400);
});
afterAll(async () => browser?.close());

const focused = () => focusedControl(page);

describe('notes, by keyboard', () => {
  it('Ctrl+Enter saves, says so, and gives the focus back to Add note', async () => {
    await showNotes(page);
    await addNoteButton(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('textarea Note at 6:40');
    await page.keyboard.type('first note');
    await page.keyboard.press('Control+Enter');
    await expect.poll(focused).toBe('button Add note at 6:40');
    await expect.poll(() => panelStatus(page)).toBe('Note saved at 6:40');
  });

  it('Escape in a new note discards it and gives the focus back to Add note', async () => {
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('textarea Note at 6:40');
    await page.keyboard.type('never kept');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('button Add note at 6:40');
    await expect.poll(() => panelStatus(page)).toBe('Note discarded');
  });

  it('Escape while editing a note gives the focus back to that note’s Edit', async () => {
    const edit = noteItem(page, '6:40', 'first note').getByRole('button', { name: /^Edit note/ });
    await edit.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('textarea Note at 6:40');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('button Edit note “first note”');
    await expect.poll(() => panelStatus(page)).toBe('Edit cancelled');
    // The same after saving an edit.
    await page.keyboard.press('Enter');
    await page.keyboard.type(', edited');
    await page.keyboard.press('Control+Enter');
    await expect.poll(focused).toBe('button Edit note “first note, edited”');
    await expect.poll(() => panelStatus(page)).toBe('Note saved at 6:40');
  });

  it('after Delete the focus is on Undo (one Enter away), and after Undo on the note brought back', async () => {
    await seekVideo(page, 100);
    await addNote(page, 'second note');
    const del = noteItem(page, '6:40').getByRole('button', { name: /^Delete note/ });
    await del.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('button Undo');
    await page.keyboard.press('Enter');
    await noteItem(page, '6:40').waitFor();
    await expect.poll(focused).toBe('button Edit note “first note, edited”');
    await expect.poll(() => panelStatus(page)).toBe('Note at 6:40 restored');
  });

  it('after the add-note command and Escape, the focus goes back to where the learner was (the player)', async () => {
    await page.locator('#movie_player').focus();
    expect(await focused()).toBe('page div#movie_player');
    await sendAddNoteCommand(browser.worker!);
    await expect.poll(focused).toBe('textarea Note at 1:40');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('page div#movie_player');
    // With nothing focused on the page, it goes to Add note.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await sendAddNoteCommand(browser.worker!);
    await expect.poll(focused).toBe('textarea Note at 1:40');
    await page.keyboard.type('by command');
    await page.keyboard.press('Control+Enter');
    await expect.poll(focused).toBe('button Add note at 1:40');
  });

  it('crosses the notes with arrow keys as one Tab stop', async () => {
    const jumps = panel(page).getByRole('list', { name: 'Notes' }).getByRole('button', { name: /^Jump to / });
    await jumps.first().focus();
    expect(await focused()).toBe('button Jump to 1:40');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('button Jump to 1:40');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('button Jump to 6:40');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('button Edit note “first note, edited”');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('button Jump to 1:40');
  });
});

describe('lists with one Tab stop', () => {
  it('Key moments: ↓, ↑, Home and End move between moments; Tab leaves the list', async () => {
    await showKeyMoments(page);
    const chapters = chaptersOf(LESSON);
    await keyMoment(page, chapterAt(LESSON, 0)).focus();
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(`button ${momentName(chapters[1]!)}`);
    await page.keyboard.press('End');
    expect(await focused()).toBe(`button ${momentName(chapters.at(-1)!)}`);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(`button ${momentName(chapters.at(-2)!)}`);
    await page.keyboard.press('Home');
    expect(await focused()).toBe(`button ${momentName(chapters[0]!)}`);
    // Next Tab: out of the list to Settings.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('summary Settings');
  });

  it('the Glossary tab takes a handful of Tab stops, not one per link', async () => {
    await showGlossary(page);
    await panel(page).getByRole('tab', { name: 'Glossary' }).focus();
    const stops = await tabStopsUntilOutside(page);
    // The filter, the list, Settings.
    expect(stops).toBeLessThanOrEqual(5);
  });

  it('a filter that changes in one step shows its first match and says how many match', async () => {
    const list = panel(page).getByRole('list', { name: 'Terms' });
    await list.evaluate((element) => (element.scrollTop = element.scrollHeight));
    await glossaryFilter(page).fill('weight');
    const expected = glossaryInOrder(getSeriesVideo(LESSON)!).filter((entry) => matchesFilter(entry, 'weight'));
    await expect.poll(() => panel(page).locator('.filter-count').innerText()).toBe(`${expected.length} terms`);
    expect(await list.evaluate((element) => element.scrollTop)).toBe(0);
    await glossaryFilter(page).fill('');
  });
});

describe('links to another chapter', () => {
  it('after a cross-chapter link, the focus is on the new chapter’s heading', async () => {
    const mnist = catalogTerm(SECOND.videoId, 'c2-mnist');
    const entry = termEntry(page, catalogTerm(LESSON, 'c1-handwritten-digits'));
    await entry.getByRole('link', { name: inOrder(mnist.term, 'Ch. 2', formatTime(mnist.t)) }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe(`h2 ${SECOND.title}`);
    await pauseVideo(page);
  });
});

describe('cues that survive forced colours', () => {
  it('marks the current moment and the selected tab with more than a background', async () => {
    await openWatch(page, LESSON);
    await pauseVideo(page);
    await seekVideo(page, 400);
    await showKeyMoments(page);
    await page.emulateMedia({ forcedColors: 'active' });
    try {
      const marked = panel(page).locator('button.jump[aria-current="true"]');
      expect(await marked.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
      const border = (name: string) =>
        panel(page).getByRole('tab', { name }).evaluate((tab) => getComputedStyle(tab).borderBottomWidth);
      expect(await border('Key moments')).not.toBe(await border('Glossary'));
      const addNote = panel(page).locator('button.primary').first();
      await showNotes(page);
      expect(await addNote.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('solid');
    } finally {
      await page.emulateMedia({ forcedColors: 'none' });
    }
  });

  it('underlines times written inside a note', async () => {
    await addNote(page, 'compare with 2:15');
    const time = noteItem(page, '6:40', 'compare with').getByRole('button', { name: 'Jump to 2:15' });
    expect(await time.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('underline');
  });
});
