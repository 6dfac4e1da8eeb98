/**
 * A first run that explains itself, and the series as one course, in Chromium: the welcome page Margin opens on
 * install (what it does, Start chapter 1, the shortcut as the browser has it, pinning, where notes live), the
 * options page holding every setting (live in the panel), the panel's name, its way to the notebook and its
 * shortcut on Add note (headless Chromium assigns no shortcut, so the "none set" case is what runs here; the
 * spelling of a set one is unit-tested); then, with progress, "Chapter 2 of 9 · 1 finished" and a Continue that opens the next
 * unfinished chapter at its resume point, from the welcome page, the popup (seeking the open tab in place) and
 * the panel header.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getSeriesVideo } from '@/utils/series-data';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { focusedControl } from './harness/focus';
import { panel } from './harness/panel';
import { addNoteButton, showNotes } from './harness/notes';
import { saveScreenshot } from './harness/screenshots';
import { openWatch, pauseVideo, videoState } from './harness/youtube-page';

const FIRST = getSeriesVideo('aircAruvnKk')!;
const SECOND = getSeriesVideo('IHZwWFHWa-w')!;

let browser: MarginBrowser;
let welcome: Page;
let youtube: Page;

const pageUrl = (name: string) => `chrome-extension://${browser.extensionId!}/${name}.html`;

beforeAll(async () => {
  browser = await launchBrowser({ welcome: true });
  const isWelcome = (page: Page) => page.url() === pageUrl('welcome');
  welcome = browser.context.pages().find(isWelcome) ?? (await browser.context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
  youtube = await browser.newPage();
});
afterAll(async () => browser?.close());

/** The add-note shortcut as this browser has it ('' when none: headless Chromium assigns none). */
function browserShortcut(): Promise<string> {
  return browser.worker!.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).chrome;
    return (await chrome.commands.getAll()).find((command) => command.name === 'add-note')?.shortcut ?? '';
  });
}

/** What the background would store after watching `from`–`to` of a video (sent from an extension page, as a view does). */
async function recordWatching(page: Page, videoId: string, from: number, to: number): Promise<void> {
  await page.evaluate(
    async ([id, f, t]) => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome;
      const reply = await chrome.runtime.sendMessage({ margin: 1, type: 'progress/record', payload: { videoId: id, from: f, to: t, position: t } });
      if (!reply.ok) throw new Error(reply.error);
    },
    [videoId, from, to] as const,
  );
}

describe('first run', () => {
  it('opens a welcome page on install: what Margin does, Start chapter 1, the shortcut, pinning, where notes live', async () => {
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Margin' }).waitFor();
    const start = welcome.getByRole('link', { name: 'Start chapter 1' });
    expect(await start.getAttribute('href')).toBe(`https://www.youtube.com/watch?v=${FIRST.videoId}`);
    await welcome.getByText('Chapter 1 of 9 · 0 finished').waitFor();
    const shortcut = await browserShortcut();
    if (shortcut) expect(await welcome.locator('kbd.shortcut').innerText()).toBe(shortcut);
    else await welcome.getByText('No shortcut is set for adding a note.', { exact: false }).waitFor();
    await welcome.getByRole('button', { name: 'Change the shortcut…' }).waitFor();
    await welcome.getByRole('heading', { name: "Keep Margin's button at hand" }).waitFor();
    expect(await welcome.getByRole('heading', { name: 'Your notes stay in this browser' }).count()).toBe(1);
    expect(await welcome.getByText(/unless you turn on sync/).count()).toBe(1);
    await saveScreenshot(welcome, 'welcome');
  });

  it('holds every setting on the options page, live in the panel, with the way to the browser’s shortcut settings', async () => {
    const options = await browser.context.newPage();
    await options.goto(pageUrl('options'));
    const pause = options.getByRole('checkbox', { name: /^Pause the video while I write a note/ });
    expect(await pause.isChecked()).toBe(true);
    expect(await options.getByRole('checkbox', { name: /^Show glossary terms on the progress bar/ }).isChecked()).toBe(false);
    expect(await options.getByRole('checkbox', { name: /^Show Margin's panel beside the video/ }).isChecked()).toBe(true);
    const shortcut = await browserShortcut();
    if (shortcut) expect(await options.locator('kbd.shortcut').innerText()).toBe(shortcut);
    else await options.getByText('no shortcut set', { exact: true }).waitFor();
    await options.getByRole('button', { name: /Change the shortcut/ }).waitFor();
    await saveScreenshot(options, 'options');

    await openWatch(youtube, FIRST.videoId);
    await pauseVideo(youtube);
    await pause.uncheck();
    await panel(youtube).getByText('Settings', { exact: true }).click();
    const inPanel = panel(youtube).getByRole('checkbox', { name: 'Pause the video while I write a note' });
    await expect.poll(() => inPanel.isChecked()).toBe(false);
    // And back, from the panel this time: the options page follows.
    await inPanel.check();
    await expect.poll(() => pause.isChecked()).toBe(true);
    await panel(youtube).getByText('Settings', { exact: true }).click();
    await options.close();
  });

  it('the panel shows its name, opens the notebook, and names the add-note shortcut on Add note', async () => {
    expect(await panel(youtube).locator('header .brand').innerText()).toBe('Margin');
    const [notebook] = await Promise.all([
      browser.context.waitForEvent('page'),
      panel(youtube).getByRole('button', { name: /^Notebook/ }).click(),
    ]);
    await notebook.waitForURL(pageUrl('notebook'));
    await notebook.close();
    await showNotes(youtube);
    const shortcut = await browserShortcut();
    expect(await addNoteButton(youtube).getAttribute('aria-keyshortcuts')).toBe(shortcut || null);
    expect(await panel(youtube).locator('kbd.shortcut-hint').allInnerTexts()).toEqual(shortcut ? [shortcut] : []);
  });
});

describe('the series as one course', () => {
  it('says where the learner is and continues at the next unfinished chapter’s resume point', async () => {
    await recordWatching(welcome, FIRST.videoId, 0, FIRST.durationSeconds);
    await recordWatching(welcome, SECOND.videoId, 0, 300);
    await welcome.reload();
    await welcome.getByText('Chapter 2 of 9 · 1 finished').waitFor();
    const resume = welcome.getByRole('link', { name: 'Continue: Chapter 2 at 5:00' });
    expect(await resume.getAttribute('href')).toBe(`https://www.youtube.com/watch?v=${SECOND.videoId}&t=300s`);
    await saveScreenshot(welcome, 'welcome-continue');
  });

  it('marks the finished chapter in the panel and continues from there to chapter 2 at 5:00, focus on its heading', async () => {
    await openWatch(youtube, FIRST.videoId);
    await pauseVideo(youtube);
    await panel(youtube).getByText(/^Finished · 100% watched$/).waitFor();
    await panel(youtube).getByText('· 1 finished').waitFor();
    const go = panel(youtube).getByRole('link', { name: 'Continue: Chapter 2 at 5:00' });
    await go.focus();
    await youtube.keyboard.press('Enter');
    await expect.poll(() => focusedControl(youtube)).toBe(`h2 ${SECOND.title}`);
    await expect.poll(async () => (await videoState(youtube)).currentTime).toBeGreaterThanOrEqual(300);
    await pauseVideo(youtube);
  });

  it('the popup leads with Continue and Open notebook in a <main>, fits 600 px, and continues in the open tab in place', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(pageUrl('popup'));
    await youtube.bringToFront();
    await popup.reload();
    const main = popup.getByRole('main');
    await main.getByText('Chapter 2 of 9 · 1 finished').waitFor();
    await main.getByRole('heading', { level: 2, name: SECOND.title }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
    expect(await popup.locator('.series a.finished').count()).toBe(1);
    await saveScreenshot(popup, 'popup-course');
    // Continue over chapter 2 itself seeks it in place (no reload) to where the learner stopped.
    await youtube.evaluate(() => {
      (window as unknown as { __marker: number }).__marker = 1;
      document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = 20;
    });
    const closed = popup.waitForEvent('close');
    await popup.getByRole('link', { name: /^Continue: Chapter 2 at / }).click();
    await closed;
    await expect.poll(async () => (await videoState(youtube)).currentTime).toBeGreaterThanOrEqual(290);
    expect(await youtube.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
  });
});
