/** A lesson holding hundreds of notes: the panel draws a chunk at a time, and every note stays reachable. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { makeNotes, storeNotes } from './harness/many-notes';
import { noteItem, notesFilter, showNotes } from './harness/notes';
import { panel } from './harness/panel';
import { openWatch, pauseVideo } from './harness/youtube-page';
import { formatTime } from '@/utils/time';

const VIDEO = 'aircAruvnKk';
const notes = makeNotes(600, VIDEO);
const last = notes.at(-1)!;
let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const extensionPage = await browser.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId!}/popup.html`);
  await storeNotes(extensionPage, notes);
  page = await browser.newPage();
  await openWatch(page, VIDEO);
  await pauseVideo(page);
  await showNotes(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('a lesson with 600 notes', () => {
  it('draws only the notes near the screen', async () => {
    await noteItem(page, formatTime(notes[0]!.t)).first().waitFor();
    const drawn = await panel(page).getByRole('article').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(300);
  });

  it('finds the last note with the filter', async () => {
    await notesFilter(page).fill(last.text);
    await noteItem(page, formatTime(last.t), last.text).waitFor();
    expect(await panel(page).getByRole('article').count()).toBe(1);
  });

  it('a fresh load with the Notes tab open shows the notes without first saying there are none, and a tick for every note', async () => {
    const again = await browser.newPage();
    try {
      // Checked at every frame from the page's start: what was never there at a frame was never painted.
      await again.addInitScript(`(() => {
        window.__marginSaidNoNotes = false;
        const check = () => {
          const root = document.querySelector('margin-panel')?.shadowRoot;
          if (root && root.textContent.includes('No notes yet')) window.__marginSaidNoNotes = true;
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      })()`);
      await openWatch(again, VIDEO);
      await noteItem(again, formatTime(notes[0]!.t)).first().waitFor();
      expect(await again.evaluate('window.__marginSaidNoNotes')).toBe(false);
      await expect
        .poll(() => again.evaluate(() => document.querySelector('margin-markers')?.shadowRoot?.querySelectorAll('.tick-note').length ?? 0))
        .toBe(notes.length);
    } finally {
      await again.close();
    }
  });
});

