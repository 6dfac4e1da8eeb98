/**
 * The study sheet to print: opened from the notebook, per chapter its key moments, the learner's notes (maths as
 * MathML) and, if wanted, the glossary; on paper (A4 and Letter) one chapter a page, without the screen's controls.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { storeNotes } from './harness/many-notes';
import { mkdirSync, writeFileSync } from 'node:fs';
import { SCREENSHOT_DIR } from './setup/paths';
import { getSeriesVideo } from '@/utils/series-data';
import type { Note } from '@/utils/notes';

const LESSON = getSeriesVideo('aircAruvnKk')!;
const now = Date.now() - 1000;
const notes: Note[] = [
  { id: '5a1e0000-0000-4000-8000-000000000001', videoId: LESSON.videoId, t: 400, text: 'Each neuron holds an activation $a = \\sigma(w \\cdot x + b)$', tags: ['neuron'], createdAt: now, updatedAt: now },
  { id: '5a1e0000-0000-4000-8000-000000000002', videoId: LESSON.videoId, t: 700, text: '<img src=x onerror=alert(1)> stays text', tags: [], createdAt: now, updatedAt: now },
];

let browser: MarginBrowser;
let sheet: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const notebook = await browser.newPage();
  await notebook.goto(`chrome-extension://${browser.extensionId!}/notebook.html`);
  await storeNotes(notebook, notes);
  const [opened] = await Promise.all([
    browser.context.waitForEvent('page'),
    notebook.getByRole('link', { name: /^Study sheet to print/ }).click(),
  ]);
  sheet = opened;
  await sheet.getByRole('heading', { level: 1, name: /^Study sheet/ }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

const chapter = (page: Page, order: number) => page.getByRole('region', { name: new RegExp(`^Chapter ${order} · `) });

describe('the study sheet', () => {
  it('opens from the notebook with every chapter, its key moments and the learner\'s notes', async () => {
    await expect.poll(() => sheet.getByRole('region').count()).toBe(9);
    const first = chapter(sheet, 1);
    for (const moment of LESSON.chapters) await first.getByRole('listitem').filter({ hasText: moment.title }).first().waitFor();
    await first.getByText('stays text').waitFor();
    expect(await sheet.locator('img').count()).toBe(0);
    await first.locator('math').first().waitFor();
    await chapter(sheet, 2).getByText('No notes on this chapter yet.').waitFor();
  });

  it('adds the glossary when asked, and can leave out chapters without notes', async () => {
    const term = LESSON.glossary[0]!;
    expect(await chapter(sheet, 1).getByText(term.definition).count()).toBe(0);
    await sheet.getByRole('checkbox', { name: 'Include the glossary' }).check();
    await chapter(sheet, 1).getByText(term.definition).waitFor();
    await sheet.getByRole('checkbox', { name: 'Only chapters with notes' }).check();
    await expect.poll(() => sheet.getByRole('region').count()).toBe(1);
    await sheet.getByRole('checkbox', { name: 'Only chapters with notes' }).uncheck();
  });

  it('prints one chapter a page on A4 and on Letter, without the controls', async () => {
    await sheet.emulateMedia({ media: 'print' });
    expect(await sheet.getByRole('button', { name: 'Print…' }).isVisible()).toBe(false);
    await sheet.emulateMedia({ media: null });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await sheet.pdf({ format, printBackground: true });
      writeFileSync(join(SCREENSHOT_DIR, `study-sheet-${format}.pdf`), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      // Nine chapters, each starting on a page of its own (the glossary makes some longer than one page).
      expect(pages).toBeGreaterThanOrEqual(9);
    }
  });
});
