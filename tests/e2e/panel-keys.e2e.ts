/**
 * Keys typed in the panel's text fields belong to the panel, and so do the keys a focused control acts on
 * (Enter/Space on a button, arrows in a list). YouTube's shortcuts listen on document and window (some in the
 * capture phase) and judge "typing" by event.target, which for anything inside the panel is its shadow host:
 * unless Margin stops them, k pauses the lesson, j/l/arrows/digits seek it and f goes fullscreen. Every other
 * key stays YouTube's, so a learner who jumped with a panel button can pause with k at once.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { chapterAt, keyMoment, panel, showKeyMoments } from './harness/panel';
import { clearShortcuts, openWatch, pauseVideo, recordedShortcuts, seekVideo, videoState } from './harness/youtube-page';

const LESSON = 'aircAruvnKk';
const KEYS = ['k', 'j', 'l', 'ArrowLeft', '5', 'f', 'm'];
/** "numbers" (m mutes: it used to vanish in Firefox) and every shortcut key of the imitation. */
const TYPED = 'numbers kjl ftm 0123456789 ,./';
/** Inside "Why layers?" (5:31 to 8:38), so the focused moment is the current one. */
const START = 400;

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

beforeEach(async () => {
  await openWatch(page, LESSON);
  await pauseVideo(page);
  await seekVideo(page, START);
  await showKeyMoments(page);
  await clearShortcuts(page);
});

async function playerSnapshot() {
  const state = await videoState(page);
  const muted = await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.muted);
  return { currentTime: state.currentTime, paused: state.paused, muted, fullscreen: await page.evaluate(() => document.fullscreenElement !== null) };
}

it('after Enter on a key moment, k pauses the lesson: shortcut letters go on to YouTube while a button has focus', async () => {
  const moment = chapterAt(LESSON, 7);
  await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.play());
  await keyMoment(page, moment).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await videoState(page)).currentTime >= moment.start).toBe(true);
  expect((await videoState(page)).paused).toBe(false);
  await page.keyboard.press('k');
  await expect.poll(async () => (await videoState(page)).paused).toBe(true);
  expect(await recordedShortcuts(page)).toEqual([expect.objectContaining({ key: 'k', phase: 'capture' })]);
  await page.keyboard.press('m');
  expect((await playerSnapshot()).muted).toBe(true);
  await page.keyboard.press('m');
  // Focus never left the moment the learner pressed.
  expect(await keyMoment(page, moment).evaluate((button) => button.matches(':focus'))).toBe(true);
});

it('keeps the arrow keys, Home and End for moving within the list of key moments', async () => {
  const before = await playerSnapshot();
  await keyMoment(page, chapterAt(LESSON, 4)).focus();
  for (const key of ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'End', 'Home']) await page.keyboard.press(key);
  expect(await recordedShortcuts(page)).toEqual([]);
  expect(await playerSnapshot()).toEqual(before);
});

it('lets Space press the focused key moment instead of pausing or playing the video', async () => {
  const why = chapterAt(LESSON, 4);
  await keyMoment(page, why).focus();
  await page.keyboard.press(' ');
  expect(await recordedShortcuts(page)).toEqual([]);
  await expect.poll(async () => (await videoState(page)).currentTime).toBe(why.start);
  expect((await videoState(page)).paused).toBe(true);
});

it('keeps keys typed into the glossary filter in the filter', async () => {
  await panel(page).getByRole('tab', { name: 'Glossary' }).click();
  const filter = panel(page).getByRole('tabpanel').locator('input').first();
  await filter.pressSequentially(TYPED);
  await expect(filter.inputValue()).resolves.toBe(TYPED);
  for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Shift+N']) await filter.press(key);
  expect(await recordedShortcuts(page)).toEqual([]);
  expect(await playerSnapshot()).toMatchObject({ currentTime: START, paused: true, muted: false });
  await filter.fill('');
  await panel(page).getByRole('tab', { name: 'Key moments' }).click();
});

it('leaves the same keys to YouTube when the page has focus', async () => {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (const key of KEYS) await page.keyboard.press(key);
  expect((await recordedShortcuts(page)).map((s) => s.key)).toEqual(KEYS);
  const after = await playerSnapshot();
  expect(after.currentTime).not.toBe(START);
  expect(after).toMatchObject({ paused: false, muted: true });
  await page.evaluate(() => (document.fullscreenElement ? document.exitFullscreen() : undefined));
});
