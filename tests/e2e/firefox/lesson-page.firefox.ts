/**
 * The core of the lesson pages on www.3blue1brown.com in Firefox (issue 11): the panel beside the video before
 * play; after play the current key moment follows the YouTube embed's clock and a key moment seeks it (through
 * the background, across the frame); a note added there is the same note on youtube.com.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Frame, JSHandle, Page } from 'puppeteer-core';
import { chapterAt, momentName } from '../harness/panel';
import { launchFirefox, type MarginFirefox } from './launch';
import { findIn, openWatch, panelRoot, PANEL_TAG } from './page';

const LESSON = 'aircAruvnKk';

let firefox: MarginFirefox;
let page: Page;
let root: JSHandle<ShadowRoot>;

beforeAll(async () => {
  firefox = await launchFirefox();
  page = firefox.page;
});
afterAll(async () => firefox?.close());

async function showTab(name: string): Promise<void> {
  const tab = await findIn(page, root, '[role="tab"]', name);
  if ((await tab.evaluate((el) => el.getAttribute('aria-selected'))) !== 'true') await tab.click();
  await page.waitForFunction((el: HTMLElement) => el.getAttribute('aria-selected') === 'true', {}, tab);
}

async function embedFrame(): Promise<Frame> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith('https://www.youtube.com/embed/'));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('no embed frame');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The name of the key moment marked current ("Jump to 1:01 …", as its text reads), or null. */
const markedMoment = () => page.evaluate((r: ShadowRoot) => r.querySelector('button[aria-current="true"]')?.textContent?.trim() ?? null, root);

it('shows the panel beside the lesson\'s video before play', async () => {
  await page.goto('https://www.3blue1brown.com/lessons/neural-networks');
  root = await panelRoot(page);
  expect(await page.evaluate((tag) => document.querySelector(tag)?.parentElement?.className, PANEL_TAG)).toBe('details');
  await showTab('Key moments');
});

it('after play, follows the embed\'s clock and a key moment seeks the embed', async () => {
  await page.locator('button[aria-label="Play video"]').click();
  const frame = await embedFrame();
  await frame.waitForFunction(() => {
    const video = document.querySelector<HTMLVideoElement>('#movie_player video');
    return video !== null && !video.paused && video.currentTime > 0;
  }, { timeout: 20_000 });
  const third = chapterAt(LESSON, 2);
  await frame.evaluate((t) => {
    document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = t;
  }, third.start + 2);
  await page.waitForFunction(
    (r: ShadowRoot, name: string) => r.querySelector('button[aria-current="true"]')?.textContent?.trim() === name,
    { timeout: 15_000 },
    root,
    momentName(third),
  );
  const fifth = chapterAt(LESSON, 4);
  await (await findIn(page, root, 'button', momentName(fifth))).click();
  await frame.waitForFunction(
    (start: number) => {
      const t = document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime;
      return t >= start && t < start + 4;
    },
    { timeout: 15_000 },
    fifth.start,
  );
  expect(await markedMoment()).toBe(momentName(fifth));
});

it('a note added on the lesson page is on youtube.com too', async () => {
  const frame = await embedFrame();
  await frame.evaluate(() => {
    const video = document.querySelector<HTMLVideoElement>('#movie_player video')!;
    video.pause();
    video.currentTime = 125;
  });
  await showTab('Notes');
  await findIn(page, root, 'button', 'Add note at 2:05');
  await (await findIn(page, root, 'button', 'Add note at 2:05')).click();
  const editor = await findIn(page, root, 'textarea', /^Note at 2:05/);
  await editor.type('From the lesson page in Firefox');
  await (await findIn(page, root, 'button', /^Save/)).click();
  await findIn(page, root, '.note-text', 'From the lesson page in Firefox');

  const youtube = await firefox.browser.newPage();
  await openWatch(youtube, LESSON);
  const youtubeRoot = await panelRoot(youtube);
  const tab = await findIn(youtube, youtubeRoot, '[role="tab"]', 'Notes');
  if ((await tab.evaluate((el) => el.getAttribute('aria-selected'))) !== 'true') await tab.click();
  await findIn(youtube, youtubeRoot, '.note-text', 'From the lesson page in Firefox');
  await youtube.close();
});
