/**
 * The player as YouTube varies it (imitation modes): the progress bar node replaced on a video-data change, the
 * redesigned "delhi" player (chapter blocks with inline margin gaps; in fullscreen big controls and a grid of
 * videos peeking from the bottom), and a hover-preview player on the watch page with its own bar and <video>.
 */
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import type { Page } from 'playwright-core';
import type { SeriesVideo } from '@/utils/catalog';
import { getSeriesVideo } from '@/utils/series-data';
import { formatTime } from '@/utils/time';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { setImitationModes } from './harness/imitation-modes';
import { chapterAt, keyMoment, markedMoment, momentName, panelHost, showKeyMoments } from './harness/panel';
import { addNoteButton, noteEditor, sendAddNoteCommand, showNotes } from './harness/notes';
import { openWatch, pauseVideo, seekVideo, spaNavigate, videoState } from './harness/youtube-page';
import { barTicks, type BarTicks } from './harness/bar';
import { saveScreenshot } from './harness/screenshots';

const A = getSeriesVideo('aircAruvnKk')!;
const B = getSeriesVideo('IHZwWFHWa-w')!;

function waitForMomentTicks(page: Page, video: SeriesVideo): Promise<unknown> {
  return page.waitForFunction(
    (count) => (document.querySelector('#movie_player .ytp-progress-bar margin-markers')?.shadowRoot?.querySelectorAll('.tick-moment').length ?? 0) === count,
    video.chapters.length,
  );
}

/**
 * Each key moment's tick within `tolerance` px of where its second falls, and on a chapter block: its own, where
 * the blocks add up to the bar (the delhi player; the old imitation lays its blocks out with a flex gap that
 * pushes each later block a little to the right).
 */
function expectTicksOnChapters(picture: BarTicks, video: SeriesVideo, tolerance: number, own: boolean): void {
  expect(picture.segments).toHaveLength(video.chapters.length);
  video.chapters.forEach((chapter, i) => {
    const tick = picture.ticks.find((t) => t.kind === 'moment' && t.t === chapter.start);
    expect(tick, chapter.title).toBeDefined();
    expect(Math.abs(tick!.x - (chapter.start / video.durationSeconds) * picture.width), chapter.title).toBeLessThanOrEqual(tolerance);
    const blocks = own ? [picture.segments[i]!] : picture.segments;
    expect(blocks.some((s) => tick!.x >= s.left && tick!.x <= s.left + s.width), `${chapter.title} at ${tick!.x}`).toBe(true);
  });
}

describe('a progress bar replaced by a new node', () => {
  let browser: MarginBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    await setImitationModes(browser.context, ['replace-progress-bar']);
    page = await browser.newPage();
    await openWatch(page, A.videoId);
    await pauseVideo(page);
    await waitForMomentTicks(page, A);
  });
  afterAll(async () => browser?.close());

  it('gets the ticks back on the new bar by the next frame, with the video paused', async () => {
    const result = await page.evaluate(async () => {
      const old = document.querySelector('#movie_player .ytp-progress-bar');
      window.__yt!.rebuildProgressBar();
      const fresh = document.querySelector('#movie_player .ytp-progress-bar');
      await Promise.resolve(); // lets mutation observers hear of it, as they would before the next frame anyway
      return new Promise<{ replaced: boolean; ticks: number }>((resolve) =>
        requestAnimationFrame(() =>
          resolve({
            replaced: old !== fresh && old?.isConnected === false,
            ticks: fresh?.querySelector('margin-markers')?.shadowRoot?.querySelectorAll('.tick-moment').length ?? 0,
          }),
        ),
      );
    });
    expect(result).toEqual({ replaced: true, ticks: A.chapters.length });
    expectTicksOnChapters(await barTicks(page), A, 2, false);
  });

  it("puts the next lesson's ticks on the bar built for it", async () => {
    await spaNavigate(page, `/watch?v=${B.videoId}`);
    await waitForMomentTicks(page, B);
    expect(await page.locator('#movie_player margin-markers').count()).toBe(1);
    expectTicksOnChapters(await barTicks(page), B, 2, false);
  });
});

describe('the redesigned ("delhi") player', () => {
  let browser: MarginBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    await setImitationModes(browser.context, ['delhi-player']);
    page = await browser.newPage();
    await openWatch(page, A.videoId);
    await pauseVideo(page);
    await waitForMomentTicks(page, A);
  });
  afterAll(async () => browser?.close());

  it('puts each key-moment tick inside its chapter block, not in the margin gaps between them', async () => {
    const gaps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#movie_player.ytp-delhi-modern .ytp-chapter-hover-container')].map((block) => block.style.marginRight),
    );
    expect(gaps.slice(0, -1).every((gap) => gap === '3px')).toBe(true);
    expectTicksOnChapters(await barTicks(page), A, 3, true);
    await saveScreenshot(page, 'delhi-ticks');
  });

  it('in fullscreen, shows the note editor above the grid of videos peeking from the bottom', async (context: TestContext) => {
    // Until a note is written where the side panel cannot be seen, Margin adds nothing to the player but its ticks.
    expect(await page.evaluate(() => document.querySelector('#movie_player margin-overlay') === null)).toBe(true);
    await page.locator('#movie_player .ytp-fullscreen-button').click();
    await expect.poll(async () => page.evaluate(() => document.fullscreenElement !== null || window.__yt!.fullscreenRefusals > 0)).toBe(true);
    if (!(await page.evaluate(() => document.fullscreenElement !== null))) context.skip('headless Chromium refused fullscreen');
    try {
      await page.locator('#movie_player.ytp-big-mode .ytp-fullscreen-grid.ytp-fullscreen-grid-peeking').waitFor();
      await seekVideo(page, 150);
      await sendAddNoteCommand(browser.worker!);
      const editor = page.locator('#movie_player margin-overlay').getByRole('textbox', { name: 'Note at 2:30', exact: true });
      await editor.waitFor({ state: 'visible' });
      const seen = await page.evaluate(() => {
        const host = document.querySelector('#movie_player margin-overlay')!;
        const box = host.getBoundingClientRect();
        const grid = document.querySelector('#movie_player .ytp-fullscreen-grid')!.getBoundingClientRect();
        const controls = document.querySelector('#movie_player .ytp-chrome-bottom')!.getBoundingClientRect();
        // What a click at the editor's top, middle and bottom edges would reach.
        const reached = [box.top + 4, box.top + box.height / 2, box.bottom - 4].map((y) => document.elementFromPoint(box.left + box.width / 2, y));
        return { bottom: box.bottom, gridTop: grid.top, controlsTop: controls.top, onTop: reached.every((element) => element === host) };
      });
      expect(seen.onTop).toBe(true);
      expect(seen.bottom).toBeLessThanOrEqual(Math.min(seen.gridTop, seen.controlsTop));
      await editor.fill('above the grid');
      await saveScreenshot(page, 'delhi-fullscreen-editor');
      await editor.press('Escape');
    } finally {
      await page.evaluate(() => (document.fullscreenElement ? document.exitFullscreen() : undefined));
    }
  });
});

describe('a hover-preview player on the watch page', () => {
  let browser: MarginBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    await setImitationModes(browser.context, ['watch-page-preview']);
    page = await browser.newPage();
    await openWatch(page, A.videoId);
    await showKeyMoments(page);
    await pauseVideo(page);
    await waitForMomentTicks(page, A);
  });
  afterAll(async () => browser?.close());

  it('is ignored: no ticks on its bar, and its playing moves no marked moment nor the note time', async () => {
    const chapter = chapterAt(A.videoId, 6);
    await seekVideo(page, chapter.start + 5);
    await expect.poll(() => markedMoment(page)).toBe(momentName(chapter));
    // Forced: the preview opens over the tile, which Playwright would otherwise wait to see uncovered.
    await page.locator('#related a#thumbnail').first().hover({ force: true });
    await page.waitForFunction(() => (document.querySelector<HTMLVideoElement>('#video-preview video')?.currentTime ?? 0) > 1.2);
    expect(await page.locator('#video-preview .html5-video-player .ytp-progress-bar').count()).toBe(1);
    expect(await page.locator('#video-preview margin-markers').count()).toBe(0);
    expect(await page.locator('#movie_player .ytp-progress-bar margin-markers').count()).toBe(1);
    expect(await markedMoment(page)).toBe(momentName(chapter));
    await showNotes(page);
    expect(await addNoteButton(page).textContent()).toBe(`Add note at ${formatTime(chapter.start + 5)}`);
    await addNoteButton(page).click();
    await noteEditor(page).press('Escape');
  });
});

describe('a watch root Margin does not know, without the player API', () => {
  let browser: MarginBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    await setImitationModes(browser.context, ['unknown-watch-root']);
    page = await browser.newPage();
    await openWatch(page, A.videoId);
    await pauseVideo(page);
  });
  afterAll(async () => browser?.close());

  it("confirms the lesson by that root's video-id: a key moment seeks and is marked", async () => {
    await panelHost(page).getByRole('button', { name: 'Margin', exact: true }).click();
    await showKeyMoments(page);
    const chapter = chapterAt(A.videoId, 2);
    await keyMoment(page, chapter).click();
    await expect.poll(async () => Math.floor((await videoState(page)).currentTime)).toBe(chapter.start);
    await expect.poll(() => markedMoment(page)).toBe(momentName(chapter));
  });
});
