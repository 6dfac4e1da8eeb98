/**
 * Lesson time under a stitched pre-roll (imitation modes stitched-ad + player-api): the ad and the lesson
 * are one media file, so the <video> clock runs ahead of the lesson by the ad's length. Every feature must still
 * work in lesson seconds: a key-moment jump lands on the catalog's second, the right moment is marked, "Add note
 * at" and the saved note carry the lesson's second, the ticks sit on the lesson's chapters, and the watched
 * ranges hold lesson seconds only. Then the same without the player API (the clock falls back to the <video>
 * and learns the ad's length from the progress bar).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getSeriesVideo } from '@/utils/series-data';
import { formatTime } from '@/utils/time';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { setImitationModes } from './harness/imitation-modes';
import { chapterAt, keyMoment, markedMoment, momentName, panel, showKeyMoments } from './harness/panel';
import { addNoteButton, noteEditor, noteItem, sendAddNoteCommand, showNotes } from './harness/notes';
import { openPage, pauseVideo, videoState } from './harness/youtube-page';
import { playerReadings } from './harness/player-api';
import { storedNotes, storedProgress } from './harness/stored';
import { barTicks } from './harness/bar';

const LESSON = 'aircAruvnKk';
const VIDEO = getSeriesVideo(LESSON)!;
const AD = 15;

const status = (page: Page) => panel(page).getByRole('status');

describe('after a 15 s stitched pre-roll, with YouTube\'s player API', () => {
  let browser: MarginBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    await setImitationModes(browser.context, ['player-api', 'stitched-ad'], { 'stitched-ad-seconds': AD });
    page = await browser.newPage();
    await openPage(page, `/watch?v=${LESSON}`);
    await showKeyMoments(page);
  });
  afterAll(async () => browser?.close());

  it('during the ad: no moment marked, no ticks, and a jump is refused with a reason', async () => {
    const before = await playerReadings(page);
    expect(before.adShowing).toBe(true);
    expect(before.mediaDuration).toBeCloseTo(VIDEO.durationSeconds + AD, 0);
    await keyMoment(page, chapterAt(LESSON, 4)).click();
    await expect.poll(() => status(page).textContent()).toBe('An ad is playing: jump again when it ends.');
    expect(await markedMoment(page)).toBeNull();
    const ticks = await barTicks(page);
    expect(ticks.shown).toBe(false);
    // All of the above was seen while the ad still played.
    expect((await playerReadings(page)).adShowing).toBe(true);
    expect((await videoState(page)).currentTime).toBeLessThan(AD);
  });

  it("after it, a key-moment jump lands on the catalog's second and marks that moment", async () => {
    await page.evaluate(() => window.__yt!.whenPlaying());
    const chapter = chapterAt(LESSON, 5);
    await keyMoment(page, chapter).click();
    await expect.poll(async () => (await playerReadings(page)).lessonTime).toBeGreaterThanOrEqual(chapter.start);
    const after = await playerReadings(page);
    expect(Math.abs(after.lessonTime - chapter.start)).toBeLessThanOrEqual(1);
    expect(after.mediaTime).toBeGreaterThanOrEqual(chapter.start + AD);
    await expect.poll(() => markedMoment(page)).toBe(momentName(chapter));
    // The time came from the player's API through Margin's main-world bridge, not from the <video>.
    const answer = JSON.parse((await page.locator('margin-clock').getAttribute('data-answer')) ?? 'null') as { id: string; d: number } | null;
    expect(answer).toMatchObject({ id: LESSON, d: VIDEO.durationSeconds });
  });

  it('records as watched only lesson seconds, never the ad nor the media clock', async () => {
    const chapter = chapterAt(LESSON, 5);
    await page.waitForFunction((start) => (document.querySelector('#movie_player') as unknown as { getCurrentTime(): number }).getCurrentTime() > start + 3, chapter.start);
    await pauseVideo(page);
    await expect.poll(async () => (await storedProgress(browser.worker!, LESSON))?.watched.some(([, to]) => to > chapter.start + 2) ?? false).toBe(true);
    const { watched } = (await storedProgress(browser.worker!, LESSON))!;
    // The lesson played from 0 for a moment after the ad, then from the key moment: nothing else.
    for (const [from, to] of watched) {
      const early = from >= 0 && to <= 12;
      const atMoment = from >= chapter.start - 1 && to <= chapter.start + 12;
      expect(early || atMoment, `range [${from}, ${to}) is not lesson time`).toBe(true);
    }
  });

  it('"Add note at" shows the lesson\'s time, and the saved note keeps the lesson\'s second', async () => {
    const { lessonTime } = await playerReadings(page);
    const second = Math.floor(lessonTime);
    await showNotes(page);
    await expect.poll(() => addNoteButton(page).textContent()).toBe(`Add note at ${formatTime(second)}`);
    await sendAddNoteCommand(browser.worker!);
    await panel(page).getByRole('textbox', { name: `Note at ${formatTime(second)}`, exact: true }).fill('after the stitched ad');
    await noteEditor(page).press('Control+Enter');
    await noteItem(page, formatTime(second), 'after the stitched ad').waitFor();
    expect((await storedNotes(browser.worker!, LESSON)).map((note) => note.t)).toEqual([second]);
  });

  it("puts the key-moment ticks at the lesson's seconds on the lesson's chapter segments", async () => {
    await page.waitForFunction((count) => (document.querySelector('#movie_player margin-markers')?.shadowRoot?.querySelectorAll('.tick-moment').length ?? 0) >= count, VIDEO.chapters.length);
    const picture = await barTicks(page);
    expect(picture.shown).toBe(true);
    expect(picture.ariaMax).toBe(VIDEO.durationSeconds);
    for (const chapter of VIDEO.chapters) {
      const tick = picture.ticks.find((t) => t.kind === 'moment' && t.t === chapter.start);
      expect(tick, chapter.title).toBeDefined();
      expect(Math.abs(tick!.x - (chapter.start / VIDEO.durationSeconds) * picture.width), chapter.title).toBeLessThanOrEqual(2);
      expect(picture.segments.some((s) => tick!.x >= s.left && tick!.x <= s.left + s.width), chapter.title).toBe(true);
    }
  });
});

describe('after a stitched pre-roll, without the player API (the <video> and the progress bar)', () => {
  const SHORT_AD = 6;
  let browser: MarginBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    await setImitationModes(browser.context, ['stitched-ad'], { 'stitched-ad-seconds': SHORT_AD });
    page = await browser.newPage();
    await openPage(page, `/watch?v=${LESSON}`);
    await showKeyMoments(page);
    await page.evaluate(() => window.__yt!.whenPlaying());
  });
  afterAll(async () => browser?.close());

  it('jumps to the lesson second, marks it, and stamps a note with it', async () => {
    const chapter = chapterAt(LESSON, 7);
    await keyMoment(page, chapter).click();
    await expect.poll(async () => (await videoState(page)).currentTime).toBeGreaterThanOrEqual(chapter.start + SHORT_AD);
    expect((await videoState(page)).currentTime).toBeLessThan(chapter.start + SHORT_AD + 2);
    await expect.poll(() => markedMoment(page)).toBe(momentName(chapter));
    await pauseVideo(page);
    const second = Math.floor((await videoState(page)).currentTime - SHORT_AD);
    await showNotes(page);
    await expect.poll(() => addNoteButton(page).textContent()).toBe(`Add note at ${formatTime(second)}`);
    await addNoteButton(page).click();
    await noteEditor(page).fill('no api');
    await noteEditor(page).press('Control+Enter');
    await noteItem(page, formatTime(second), 'no api').waitFor();
    expect((await storedNotes(browser.worker!, LESSON)).map((note) => note.t)).toEqual([second]);
  });
});
