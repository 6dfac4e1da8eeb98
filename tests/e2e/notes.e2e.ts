/**
 * Notes in the panel, in Chromium against the imitation: written at the lesson's current time with the Notes
 * tab's button, saved with Ctrl+Enter, shown as text (a time in them seeks), edited in place, deleted with undo,
 * tagged and filtered; kept by the background across reloads together with the unsaved draft, the share watched
 * and the hidden panel. Live push between tabs, the keyboard command and worker restarts: worker.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatTime } from '@/utils/time';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { panel, panelHost } from './harness/panel';
import {
  addNote, addNoteButton, listedNotes, listedTexts, noteEditor, noteItem, notesFilter, playVideo, showNotes, tagsField,
} from './harness/notes';
import { clearShortcuts, openWatch, pauseVideo, recordedShortcuts, seekVideo, videoState } from './harness/youtube-page';

const LESSON = 'aircAruvnKk';

let browser: MarginBrowser;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openWatch(page, LESSON);
  await pauseVideo(page);
  await showNotes(page);
});
afterAll(async () => browser?.close());

/** A full reload of the lesson, paused, with the Notes tab shown and this video's notes loaded. */
async function reload(): Promise<void> {
  await openWatch(page, LESSON);
  await pauseVideo(page);
  await showNotes(page);
}

const playing = async () => !(await videoState(page)).paused;
const currentTime = async () => (await videoState(page)).currentTime;

describe('writing a note', () => {
  it('adds a note at the current lesson time with the button; Ctrl+Enter saves it and lists it with its time', async () => {
    await seekVideo(page, 400);
    await panel(page).getByRole('button', { name: 'Add note at 6:40', exact: true }).click();
    const editor = panel(page).getByRole('textbox', { name: 'Note at 6:40', exact: true });
    await editor.fill('first note');
    await editor.press('Control+Enter');
    await editor.waitFor({ state: 'detached' });
    expect(await listedNotes(page)).toEqual([{ time: '6:40', text: 'first note', tags: [] }]);
  });

  it('closes the editor on Escape without saving anything, also after a reload', async () => {
    await seekVideo(page, 100);
    await panel(page).getByRole('button', { name: 'Add note at 1:40', exact: true }).click();
    await noteEditor(page).fill('never saved');
    await noteEditor(page).press('Escape');
    await noteEditor(page).waitFor({ state: 'detached' });
    expect(await listedTexts(page)).toEqual(['first note']);
    await reload();
    await noteItem(page, '6:40', 'first note').waitFor();
    expect(await noteEditor(page).count()).toBe(0);
    expect(await listedTexts(page)).toEqual(['first note']);
  });

  it('pauses a playing video while the note is written (the default), and plays it again once saved or cancelled', async () => {
    await panel(page).getByText('Settings', { exact: true }).click();
    expect(await panel(page).getByRole('checkbox', { name: 'Pause the video while I write a note' }).isChecked()).toBe(true);
    await panel(page).getByText('Settings', { exact: true }).click();
    await playVideo(page);
    await expect.poll(playing).toBe(true);
    await addNoteButton(page).click();
    await expect.poll(playing).toBe(false);
    await noteEditor(page).fill('written while paused');
    await noteEditor(page).press('Control+Enter');
    await expect.poll(playing).toBe(true);
    await addNoteButton(page).click();
    await expect.poll(playing).toBe(false);
    await noteEditor(page).press('Escape');
    await expect.poll(playing).toBe(true);
    await pauseVideo(page);
  });

  it('keeps every key typed in a note in the note: no YouTube shortcut fires', async () => {
    await seekVideo(page, 200);
    await clearShortcuts(page);
    const text = 'k j l f m t, space: 0123456789 / done';
    await addNoteButton(page).click();
    await noteEditor(page).pressSequentially(text);
    await tagsField(page).pressSequentially('kj, l5');
    expect(await noteEditor(page).inputValue()).toBe(text);
    expect(await tagsField(page).inputValue()).toBe('kj, l5');
    expect(await recordedShortcuts(page)).toEqual([]);
    const state = await videoState(page);
    expect({ t: state.currentTime, paused: state.paused }).toEqual({ t: 200, paused: true });
    const player = await page.evaluate(() => ({
      muted: document.querySelector<HTMLVideoElement>('#movie_player video')!.muted,
      fullscreen: document.fullscreenElement !== null,
    }));
    expect(player).toEqual({ muted: false, fullscreen: false });
    await noteEditor(page).press('Control+Enter');
    await noteItem(page, '3:20').waitFor();
    expect((await listedNotes(page)).find((note) => note.time === '3:20')).toEqual({ time: '3:20', text, tags: ['#kj', '#l5'] });
    expect(await recordedShortcuts(page)).toEqual([]);
  });

  it('shows a note that looks like markup as the characters typed: no element, no script', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    await seekVideo(page, 210);
    await addNote(page, hostile);
    await noteItem(page, '3:30').waitFor();
    expect((await listedNotes(page)).find((note) => note.time === '3:30')?.text).toBe(hostile);
    expect(await panelHost(page).locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('makes a time written in a note a button that seeks the video there', async () => {
    await seekVideo(page, 220);
    await addNote(page, 'see 5:31 for why layers');
    const note = noteItem(page, '3:40', 'see 5:31 for why layers');
    await note.getByRole('button', { name: 'Jump to 5:31', exact: true }).click();
    await expect.poll(currentTime).toBe(331);
  });

  it('edits a note in place', async () => {
    const before = (await listedNotes(page)).length;
    await noteItem(page, '6:40', 'first note').getByRole('button', { name: /^Edit note/ }).click();
    const editor = panel(page).getByRole('textbox', { name: 'Note at 6:40', exact: true });
    expect(await editor.inputValue()).toBe('first note');
    await panel(page).getByRole('form', { name: 'Edit note at 6:40' }).waitFor();
    await editor.fill('first note, edited');
    await editor.press('Control+Enter');
    await editor.waitFor({ state: 'detached' });
    const after = await listedNotes(page);
    expect(after).toHaveLength(before);
    expect(after.filter((note) => note.time === '6:40')).toEqual([{ time: '6:40', text: 'first note, edited', tags: [] }]);
  });

  it('deletes a note, and Undo brings it back', async () => {
    const before = await listedNotes(page);
    await noteItem(page, '3:40').getByRole('button', { name: /^Delete note/ }).click();
    await expect.poll(() => listedTexts(page)).not.toContain('see 5:31 for why layers');
    expect(await listedNotes(page)).toHaveLength(before.length - 1);
    await panel(page).getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => listedNotes(page)).toEqual(before);
  });

  it('shows tags, and filters by #tag (also by clicking a tag) and by text', async () => {
    await seekVideo(page, 60);
    await addNote(page, 'sigmoid squashes', 'activation, functions');
    await seekVideo(page, 90);
    await addNote(page, 'bias shifts the threshold', 'parameters');
    const all = await listedNotes(page);
    expect(all.find((note) => note.time === '1:00')?.tags).toEqual(['#activation', '#functions']);

    await notesFilter(page).fill('#parameters');
    await expect.poll(() => listedTexts(page)).toEqual(['bias shifts the threshold']);
    await notesFilter(page).fill('SHIFTS');
    await expect.poll(() => listedTexts(page)).toEqual(['bias shifts the threshold']);
    await notesFilter(page).fill('#param'); // a #tag matches whole tags only
    await expect.poll(() => listedTexts(page)).toEqual([]);
    await panel(page).getByText('No note matches “#param”.').waitFor();
    await notesFilter(page).fill('');
    await expect.poll(() => listedNotes(page)).toEqual(all);

    await noteItem(page, '1:00').getByRole('button', { name: 'Show notes tagged #activation' }).click();
    expect(await notesFilter(page).inputValue()).toBe('#activation');
    await expect.poll(() => listedTexts(page)).toEqual(['sigmoid squashes']);
    await notesFilter(page).fill('');
  });
});

describe('kept by the background', () => {
  it('lists the same notes after a reload', async () => {
    const before = await listedNotes(page);
    expect(before.length).toBeGreaterThanOrEqual(5);
    await reload();
    await expect.poll(() => listedNotes(page)).toEqual(before);
  });

  it('brings back a note being written after a reload', async () => {
    await seekVideo(page, 500);
    await addNoteButton(page).click();
    await noteEditor(page).fill('half a thought');
    await reload();
    const editor = panel(page).getByRole('textbox', { name: 'Note at 8:20', exact: true });
    await editor.waitFor();
    expect(await editor.inputValue()).toBe('half a thought');
    await editor.press('Escape');
    await editor.waitFor({ state: 'detached' });
  });

  it('shows the share of the lesson watched, and after a reload offers to resume where the learner stopped', async () => {
    await seekVideo(page, 300);
    await playVideo(page, 3);
    await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime >= 330, undefined, {
      timeout: 30_000,
    });
    await pauseVideo(page);
    await playVideo(page, 1, false);
    const stoppedAt = Math.floor(await currentTime());
    const watched = panel(page).getByText(/% of this chapter watched$/);
    // 30 s of 1120 s is 2.7%; the stretch counts only once playback stops.
    await expect.poll(async () => Number(/^(\d+)%/.exec((await watched.textContent()) ?? '')?.[1] ?? 0)).toBeGreaterThanOrEqual(2);

    await openWatch(page, LESSON);
    const resume = panel(page).getByRole('button', { name: `Resume at ${formatTime(stoppedAt)}`, exact: true });
    await resume.click();
    await expect.poll(currentTime).toBeGreaterThanOrEqual(stoppedAt);
    expect(await currentTime()).toBeLessThan(stoppedAt + 5);
    await resume.waitFor({ state: 'detached' });
    expect(Number(/^(\d+)%/.exec((await watched.textContent()) ?? '')?.[1] ?? 0)).toBeGreaterThanOrEqual(2);
    await pauseVideo(page);
  });

  it('remembers that the panel was hidden, and shows it again on Show', async () => {
    await panel(page).getByRole('button', { name: 'Hide Margin', exact: true }).click();
    await expect.poll(() => panel(page).getByRole('tab').count()).toBe(0);
    await openWatch(page, LESSON);
    const show = panel(page).getByRole('button', { name: 'Show Margin', exact: true });
    await show.waitFor();
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    expect(await panel(page).getByRole('tab').count()).toBe(0);
    await show.click();
    await panel(page).getByRole('tab', { name: 'Notes', selected: true }).waitFor();
    expect(await panel(page).getByRole('button', { name: 'Hide Margin', exact: true }).getAttribute('aria-expanded')).toBe('true');
  });
});
