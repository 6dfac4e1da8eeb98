/**
 * axe-core finds no violation on any of Margin's surfaces: the panel's three tabs, its note editor, the
 * fullscreen editor inside the player, the popup, the notebook, the options, the welcome and the series glossary page; each in the
 * light theme, the dark theme and emulated forced colours (Windows high contrast).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { axeViolations } from './harness/axe';
import { panel, showKeyMoments } from './harness/panel';
import { addNote, addNoteButton, noteEditor, showNotes } from './harness/notes';
import { showGlossary } from './harness/glossary';
import { openWatch, pauseVideo, seekVideo, setDarkTheme } from './harness/youtube-page';

const LESSON = 'aircAruvnKk';
const MODES = ['light', 'dark', 'forced colours'] as const;
type Mode = (typeof MODES)[number];

let browser: MarginBrowser;
let youtube: Page;
const PANEL = [['margin-panel']];

const pageUrl = (name: string) => `chrome-extension://${browser.extensionId!}/${name}.html`;

beforeAll(async () => {
  browser = await launchBrowser();
  youtube = await browser.newPage();
  await openWatch(youtube, LESSON);
  await pauseVideo(youtube);
  await seekVideo(youtube, 331);
  await addNote(youtube, 'Why layers: see 5:31 again', 'layers, question');
  await seekVideo(youtube, 400);
});
afterAll(async () => browser?.close());

/** Puts a page in one of the three modes: YouTube's own dark theme for the panel, the system's for Margin's pages. */
async function setMode(page: Page, mode: Mode, youTubeTheme: boolean): Promise<void> {
  await page.emulateMedia({ colorScheme: mode === 'dark' ? 'dark' : 'light', forcedColors: mode === 'forced colours' ? 'active' : 'none' });
  if (youTubeTheme) await setDarkTheme(page, mode === 'dark');
}

describe.each(MODES)('%s', (mode) => {
  it('the panel: Key moments, Glossary, Notes and the note editor', async () => {
    await setMode(youtube, mode, true);
    await showKeyMoments(youtube);
    expect(await axeViolations(youtube, PANEL)).toEqual([]);
    await showGlossary(youtube);
    expect(await axeViolations(youtube, PANEL)).toEqual([]);
    await showNotes(youtube);
    await panel(youtube).getByRole('article').first().waitFor();
    expect(await axeViolations(youtube, PANEL)).toEqual([]);
    await addNoteButton(youtube).click();
    await noteEditor(youtube).fill('a draft');
    expect(await axeViolations(youtube, PANEL)).toEqual([]);
    await noteEditor(youtube).press('Escape');
    await noteEditor(youtube).waitFor({ state: 'detached' });
  });

  it('the fullscreen note editor inside the player', async (context) => {
    await setMode(youtube, mode, true);
    await youtube.locator('#movie_player .ytp-fullscreen-button').click();
    await youtube.waitForFunction(() => document.fullscreenElement !== null || window.__yt!.fullscreenRefusals > 0);
    if (!(await youtube.evaluate(() => document.fullscreenElement !== null))) context.skip('headless Chromium refused fullscreen');
    try {
      await browser.worker!.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } };
        const [tab] = await chrome.tabs.query({ url: '*://www.youtube.com/*' });
        await chrome.tabs.sendMessage(tab!.id!, { margin: 1, type: 'command', command: 'add-note' });
      });
      const editor = youtube.locator('#movie_player margin-overlay').getByRole('textbox', { name: /^Note at / });
      await editor.fill('in fullscreen');
      expect(await axeViolations(youtube, [['margin-overlay']])).toEqual([]);
      await editor.press('Escape');
      await editor.waitFor({ state: 'detached' });
    } finally {
      await youtube.evaluate(() => (document.fullscreenElement ? document.exitFullscreen() : undefined));
    }
  });

  it.each(['popup', 'notebook', 'options', 'welcome', 'glossary'])('the %s page', async (name) => {
    const page = await browser.context.newPage();
    try {
      if (name === 'popup') await page.setViewportSize({ width: 360, height: 600 });
      await setMode(page, mode, false);
      await page.goto(pageUrl(name));
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Wait for what loads after the first paint: notes in the notebook, the course and settings elsewhere.
      if (name === 'notebook' || name === 'glossary') await page.getByRole('article').first().waitFor();
      if (name === 'options') await page.getByRole('checkbox').first().waitFor();
      if (name === 'popup' || name === 'welcome') await page.getByText(/ of 9 · /).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
