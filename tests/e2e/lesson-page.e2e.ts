/**
 * The series' own lesson pages on www.3blue1brown.com (issue 11): the panel beside the lesson's video before and
 * after play, the current moment, jumps and notes through the YouTube embed (reached through the background),
 * the same notes as on youtube.com and live, nothing on the site's other pages, and no way for the page's
 * postMessage to drive Margin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { chapterAt, keyMoment, markedMoment, momentName, panel, PANEL_TAG, showKeyMoments } from './harness/panel';
import { addNote, addNoteButton, noteEditor, noteItem, showNotes } from './harness/notes';
import { embedFrame, embedVideo, openLesson, pauseEmbed, pressPlay, seekEmbed, SITE } from './harness/lesson-site';
import { openWatch } from './harness/youtube-page';
import { formatTime } from '@/utils/time';
import { saveScreenshot } from './harness/screenshots';

const LESSON = 'aircAruvnKk';
const SLUG = 'neural-networks';

let browser: MarginBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Script URLs the page's DevTools session saw parsed (every world): which of Margin's scripts ran there. */
async function recordScripts(page: Page): Promise<() => string[]> {
  const session = await browser.context.newCDPSession(page);
  const urls: string[] = [];
  session.on('Debugger.scriptParsed', ({ url }: { url: string }) => urls.push(url));
  await session.send('Debugger.enable');
  return () => urls.filter((url) => url.startsWith('chrome-extension://')).map((url) => new URL(url).pathname);
}

const playerNote = (page: Page) => panel(page).page().locator(PANEL_TAG).locator('.lesson-player-note');

/** The tab the journey below studies chapter 1 in. */
let lesson: Page;

/** The background's add-note command (headless Chromium delivers no shortcuts) to the one lesson-site tab. */
function sendAddNoteToLessonTab(): Promise<unknown> {
  return browser.worker!.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } };
    };
    const tabs = await chrome.tabs.query({ url: 'https://www.3blue1brown.com/*' });
    if (tabs.length !== 1 || tabs[0]?.id === undefined) throw new Error(`expected one lesson-site tab, found ${tabs.length}`);
    return chrome.tabs.sendMessage(tabs[0].id, { margin: 1, type: 'command', command: 'add-note' });
  });
}

describe('a lesson page of www.3blue1brown.com', () => {
  it('shows the panel beside the video before play, saying what a jump does then', async () => {
    const page = (lesson = await browser.newPage());
    await openLesson(page, SLUG);
    await panel(page).getByText('Chapter 1 of 9').waitFor();
    const place = await page.evaluate((tag) => {
      const host = document.querySelector(tag)!;
      const video = document.querySelector('button[aria-label="Play video"]')!;
      const a = video.getBoundingClientRect();
      const b = host.getBoundingClientRect();
      return { inDetails: host.parentElement?.classList.contains('details'), beside: b.left >= a.right - 1, slot: host.getAttribute('data-slot') };
    }, PANEL_TAG);
    expect(place).toEqual({ inDetails: true, beside: true, slot: 'side' });
    await expect(playerNote(page).textContent()).resolves.toContain('The video has not started');
    // Nothing plays yet: no embed frame at all.
    expect(page.frames().some((f) => f.url().includes('/embed/'))).toBe(false);
    await showNotes(page);
    await expect(addNoteButton(page).textContent()).resolves.toBe('Add note at 0:00');
  });
});

describe('a lesson page of www.3blue1brown.com, once the learner pressed play', () => {
  it("marks the key moment the embed's clock is in, and a key moment seeks the embed", async () => {
    const page = lesson;
    await showKeyMoments(page);
    const frame = await pressPlay(page);
    await playerNote(page).waitFor({ state: 'hidden' });
    const third = chapterAt(LESSON, 2);
    await seekEmbed(frame, third.start + 2);
    await expect.poll(() => markedMoment(page)).toBe(momentName(third));

    const fourth = chapterAt(LESSON, 3);
    await keyMoment(page, fourth).click();
    await expect.poll(async () => (await embedVideo(frame)).t).toBeGreaterThanOrEqual(fourth.start);
    expect((await embedVideo(frame)).t).toBeLessThan(fourth.start + 4);
    await expect.poll(() => markedMoment(page)).toBe(momentName(fourth));
  });

  it('a page script posting messages shaped like Margin\'s moves neither the panel nor the embed', async () => {
    const page = lesson;
    const frame = await embedFrame(page);
    await pauseEmbed(frame);
    await seekEmbed(frame, 60);
    await showNotes(page);
    await expect.poll(() => addNoteButton(page).textContent()).toBe('Add note at 1:00');
    await page.evaluate(() => {
      const reading = { videoId: 'aircAruvnKk', t: 500, d: 1000, playing: false, ad: false };
      const forged = [
        { margin: 1, type: 'embed-reading', frameId: 1, reading },
        { margin: 1, type: 'embed-player', action: 'seek', t: 500 },
        { margin: 1, type: 'command', command: 'add-note' },
        { margin: 1, type: 'lesson/player', payload: { frameId: 1, action: 'seek', t: 500 } },
      ];
      const iframe = document.querySelector('youtube-video')!.shadowRoot!.querySelector('iframe')!;
      for (const message of forged) {
        window.postMessage(message, '*');
        window.postMessage(JSON.stringify(message), '*');
        iframe.contentWindow!.postMessage(message, '*');
      }
    });
    await page.waitForTimeout(1000);
    expect(await addNoteButton(page).textContent()).toBe('Add note at 1:00');
    expect(Math.round((await embedVideo(frame)).t)).toBe(60);
    await expect(noteEditor(page).count()).resolves.toBe(0);
  });

  it('adds a note at M:SS there (button and command) that youtube.com shows, and shows youtube.com\'s notes live', async () => {
    const page = lesson;
    const frame = await embedFrame(page);
    await seekEmbed(frame, 125);
    await expect.poll(() => addNoteButton(page).textContent()).toBe('Add note at 2:05');
    await addNote(page, 'Written on the lesson page');
    await noteItem(page, '2:05', 'Written on the lesson page').waitFor();

    // The add-note command (Alt+Shift+N) on this tab opens the editor at the embed's moment.
    await seekEmbed(frame, 150);
    await expect.poll(() => addNoteButton(page).textContent()).toBe('Add note at 2:30');
    await sendAddNoteToLessonTab();
    await panel(page).getByRole('textbox', { name: 'Note at 2:30' }).fill('By the shortcut');
    await noteEditor(page).press('Control+Enter');
    await noteItem(page, '2:30', 'By the shortcut').waitFor();

    const youtube = await browser.newPage();
    await openWatch(youtube, LESSON);
    await showNotes(youtube);
    await noteItem(youtube, '2:05', 'Written on the lesson page').waitFor();
    await noteItem(youtube, '2:30', 'By the shortcut').waitFor();
    await youtube.evaluate(() => {
      const video = document.querySelector<HTMLVideoElement>('#movie_player video')!;
      video.pause();
      video.currentTime = 200;
    });
    await expect.poll(() => addNoteButton(youtube).textContent()).toBe(`Add note at ${formatTime(200)}`);
    await addNote(youtube, 'Written on youtube.com');
    // Live, without a reload of the lesson page.
    await noteItem(page, formatTime(200), 'Written on youtube.com').waitFor();
    await youtube.close();
    // For people (the README's picture): the lesson's header with the embed playing and the panel beside it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'lesson-page');
  });
});

describe('before play, and other pages of the site', () => {
  it('on a narrow screen puts the panel below the video, where the page puts the lesson\'s details', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 600, height: 900 });
    await openLesson(page, 'attention');
    await panel(page).getByText('Chapter 7 of 9').waitFor();
    const place = await page.evaluate((tag) => {
      const host = document.querySelector(tag)!;
      const video = document.querySelector('button[aria-label="Play video"]')!.getBoundingClientRect();
      const box = host.getBoundingClientRect();
      return { below: box.top >= video.bottom - 1, fits: box.right <= window.innerWidth + 1, slot: host.getAttribute('data-slot') };
    }, PANEL_TAG);
    expect(place).toEqual({ below: true, fits: true, slot: 'below' });
    await saveScreenshot(page, 'lesson-page-narrow');
    await page.close();
  });

  it('a key moment pressed before play starts the video there', async () => {
    const page = await browser.newPage();
    await openLesson(page, 'gradient-descent');
    await showKeyMoments(page);
    const moment = chapterAt('IHZwWFHWa-w', 2);
    await keyMoment(page, moment).click();
    const frame = await embedFrame(page);
    await expect.poll(async () => (await embedVideo(frame)).t, { timeout: 15_000 }).toBeGreaterThanOrEqual(moment.start);
    expect((await embedVideo(frame)).t).toBeLessThan(moment.start + 5);
    await expect.poll(() => markedMoment(page)).toBe(momentName(moment));
    await page.close();
  });

  it("follows the old desktop chrome of the embed player as well", async () => {
    const page = await browser.newPage();
    await openLesson(page, 'backpropagation', '?embed-player=desktop');
    await showKeyMoments(page);
    const frame = await pressPlay(page);
    expect(await frame.evaluate(() => document.querySelector('a.ytp-title-link') !== null)).toBe(true);
    const second = chapterAt('Ilg3gGewQ5U', 1);
    await seekEmbed(frame, second.start + 1);
    await expect.poll(() => markedMoment(page)).toBe(momentName(second));
    await page.close();
  });

  it('pages that are not a lesson of the series get no panel and no panel script', async () => {
    const page = await browser.newPage();
    const scripts = await recordScripts(page);
    for (const path of ['/', '/about', '/lessons/neural-network-analysis']) {
      await page.goto(SITE + path);
      await page.waitForTimeout(1500);
      expect(await page.locator(PANEL_TAG).count(), path).toBe(0);
    }
    expect(scripts()).toContain('/content-scripts/lesson-page.js');
    expect(scripts()).not.toContain('/lesson-panel.js');
    // The same recorder sees the panel script where it belongs.
    await openLesson(page, SLUG);
    await panel(page).waitFor();
    expect(scripts()).toContain('/lesson-panel.js');
    await page.close();
  });
});
