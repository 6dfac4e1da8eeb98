/**
 * Margin's ticks on YouTube's progress bar, in Chromium against the imitation: where they are drawn, what hover
 * shows, that the bar still takes clicks through them, and that they step aside while an ad owns the bar.
 * The panel feeds the ticks (createProgressMarkers per panel session, `set(lessonBarMarkers(video, notes))`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SeriesVideo } from '@/utils/catalog';
import { getSeriesVideo } from '@/utils/series-data';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { openWatch, pauseVideo, seekVideo, setTheater, spaNavigate, videoState } from './harness/youtube-page';

const VIDEO = getSeriesVideo('aircAruvnKk')!;
const HOST = '#movie_player .ytp-progress-bar margin-markers';

/** Saves a note at `seconds` from the panel's Notes tab (open), waits for its tick, and hovers it: its label shown. */
async function saveNoteAndHoverItsTick(page: Page, seconds: number, clock: string, text: string) {
  await seekVideo(page, seconds);
  const panel = page.locator('margin-panel');
  await panel.getByRole('button', { name: `Add note at ${clock}` }).click();
  await panel.getByRole('textbox', { name: `Note at ${clock}` }).fill(text);
  await panel.getByRole('button', { name: 'Save note' }).click();
  await page.waitForFunction(
    ([selector, t]) => document.querySelector(selector)?.shadowRoot?.querySelector(`.tick-note[data-t="${t}"]`) != null,
    [HOST, seconds] as const,
  );
  const picture = await barPicture(page);
  const tick = picture.ticks.find((t) => t.kind === 'note' && t.t === seconds)!;
  await page.mouse.move(picture.bar.left + tick.x, picture.bar.top + picture.bar.height / 2);
  const label = page.locator(`${HOST} .label`);
  await label.waitFor({ state: 'visible' });
  return { picture, tick, label };
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
interface BarPicture {
  bar: Box;
  segments: { left: number; width: number }[];
  /** Tick centres, in px from the bar's left edge. */
  ticks: { kind: string; t: number; x: number }[];
  shown: boolean;
  duration: number;
}

/** The bar, its chapter segments and Margin's ticks as the browser laid them out. */
function barPicture(page: Page): Promise<BarPicture> {
  return page.evaluate((hostSelector) => {
    const bar = document.querySelector('#movie_player .ytp-progress-bar')!.getBoundingClientRect();
    const host = document.querySelector(hostSelector);
    const segments = [...document.querySelectorAll('#movie_player .ytp-chapters-container > .ytp-chapter-hover-container')].map((s) => {
      const r = s.getBoundingClientRect();
      return { left: r.left - bar.left, width: r.width };
    });
    const ticks = [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('.tick') ?? [])].map((tick) => {
      const r = tick.getBoundingClientRect();
      return { kind: tick.className.replace('tick tick-', ''), t: Number(tick.dataset.t), x: r.left + r.width / 2 - bar.left };
    });
    return {
      bar: { left: bar.left, top: bar.top, width: bar.width, height: bar.height },
      segments,
      ticks,
      shown: host !== null && getComputedStyle(host).display !== 'none',
      duration: document.querySelector<HTMLVideoElement>('#movie_player video')!.duration,
    };
  }, HOST);
}

async function waitForMomentTicks(page: Page, video: SeriesVideo): Promise<void> {
  await page.waitForFunction(
    ([selector, count]) => (document.querySelector(selector)?.shadowRoot?.querySelectorAll('.tick-moment').length ?? 0) >= count,
    [HOST, video.chapters.length] as const,
  );
}

/** Every key moment drawn at start / duration of the bar (within 2 px), on a chapter segment. */
function expectMomentsPlaced(picture: BarPicture, video: SeriesVideo): void {
  for (const chapter of video.chapters) {
    const tick = picture.ticks.find((t) => t.kind === 'moment' && t.t === chapter.start);
    expect(tick, chapter.title).toBeDefined();
    expect(Math.abs(tick!.x - (chapter.start / picture.duration) * picture.bar.width), chapter.title).toBeLessThanOrEqual(2);
    expect(picture.segments.some((s) => tick!.x >= s.left && tick!.x <= s.left + s.width), chapter.title).toBe(true);
  }
}

function momentX(picture: BarPicture, start: number): number {
  const tick = picture.ticks.find((t) => t.kind === 'moment' && t.t === start);
  if (!tick) throw new Error(`no tick for the key moment at ${start}s`);
  return tick.x;
}

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await openWatch(page, VIDEO.videoId);
  await pauseVideo(page);
  await waitForMomentTicks(page, VIDEO);
});
afterAll(async () => browser?.close());

describe('ticks on the progress bar', () => {
  it('puts one tick per key moment where its time falls, inside the chapter segments', async () => {
    const picture = await barPicture(page);
    expect(picture.shown).toBe(true);
    expect(picture.segments).toHaveLength(VIDEO.chapters.length);
    expect(picture.ticks.filter((t) => t.kind === 'moment')).toHaveLength(VIDEO.chapters.length);
    expectMomentsPlaced(picture, VIDEO);
  });

  it("shows a key moment's title while the pointer is over its tick, and hides it after", async () => {
    const chapter = VIDEO.chapters[3]!;
    const picture = await barPicture(page);
    const y = picture.bar.top + picture.bar.height / 2;
    const label = page.locator(`${HOST} .label`);
    await page.mouse.move(picture.bar.left + momentX(picture, chapter.start) + 2, y);
    await label.waitFor({ state: 'visible' });
    expect(await label.textContent()).toBe(chapter.title);
    // Half-way between two moments there is no tick: no label.
    const next = VIDEO.chapters[4]!;
    await page.mouse.move(picture.bar.left + (momentX(picture, chapter.start) + momentX(picture, next.start)) / 2, y);
    await label.waitFor({ state: 'hidden' });
    await page.mouse.move(picture.bar.left + momentX(picture, next.start), y);
    await label.waitFor({ state: 'visible' });
    await page.mouse.move(picture.bar.left + picture.bar.width / 2, picture.bar.top - 200);
    await label.waitFor({ state: 'hidden' });
  });

  it('lets a click at a tick reach the bar, which seeks there', async () => {
    const chapter = VIDEO.chapters[5]!;
    await seekVideo(page, 10);
    const picture = await barPicture(page);
    const x = picture.bar.left + momentX(picture, chapter.start);
    const y = picture.bar.top + picture.bar.height / 2;
    // What the pointer hits at the tick is YouTube's bar, never Margin's layer.
    const hit = await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.closest('.ytp-progress-bar, margin-markers')?.tagName, [x, y] as const);
    expect(hit).toBe('DIV');
    const seeked = page.evaluate(() => new Promise((resolve) => document.querySelector('#movie_player video')!.addEventListener('seeked', resolve, { once: true })));
    await page.mouse.click(x, y);
    await seeked;
    const secondsPerPx = picture.duration / picture.bar.width;
    expect(Math.abs((await videoState(page)).currentTime - chapter.start)).toBeLessThanOrEqual(2 * secondsPerPx + 0.5);
  });

  it('hides the ticks while an ad owns the bar and brings them back after', async () => {
    const before = await barPicture(page);
    await page.evaluate(() => window.__yt!.playAd(3));
    await page.waitForFunction((selector) => getComputedStyle(document.querySelector(selector)!).display === 'none', HOST);
    expect((await videoState(page)).adShowing).toBe(true);
    await page.evaluate(() => window.__yt!.adFinished());
    await page.waitForFunction((selector) => getComputedStyle(document.querySelector(selector)!).display !== 'none', HOST);
    const after = await barPicture(page);
    expect(after.duration).toBeCloseTo(before.duration, 3);
    expect(after.ticks).toEqual(before.ticks);
  });

  it('moves the ticks with the bar when it changes size (theater mode)', async () => {
    const normal = await barPicture(page);
    await setTheater(page, true);
    try {
      await page.waitForFunction((width) => document.querySelector('#movie_player .ytp-progress-bar')!.getBoundingClientRect().width !== width, normal.bar.width);
      await expect.poll(async () => {
        const wide = await barPicture(page);
        return wide.ticks.every((t) => Math.abs(t.x - (t.t / wide.duration) * wide.bar.width) <= 2);
      }).toBe(true);
      expectMomentsPlaced(await barPicture(page), VIDEO);
    } finally {
      await setTheater(page, false);
    }
  });

  it("draws a note the learner saves as a note tick, its words shown as text on hover", async () => {
    const text = '<img src=x onerror=alert(1)> the weights matter';
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.locator('margin-panel').getByRole('tab', { name: 'Notes' }).click();
    const { picture, tick, label } = await saveNoteAndHoverItsTick(page, 400, '6:40', text);
    expect(Math.abs(tick.x - (400 / picture.duration) * picture.bar.width)).toBeLessThanOrEqual(2);
    expect(await label.textContent()).toBe(text);
    expect(await page.evaluate((selector) => document.querySelector(selector)!.shadowRoot!.querySelectorAll('img').length, HOST)).toBe(0);
    expect(dialogs).toEqual([]);
    await page.mouse.move(picture.bar.left, picture.bar.top - 200);
  });

  it("shows a long note's first words on hover, on one line and cut at a word with an ellipsis", async () => {
    const text = `Why the chain rule?\n\nBecause the cost depends on each weight only through ${'the activations of later layers, '.repeat(20)}end.`;
    const { picture, label } = await saveNoteAndHoverItsTick(page, 300, '5:00', text);
    expect(await label.textContent()).toBe('Why the chain rule? Because the cost depends on each…');
    await page.mouse.move(picture.bar.left, picture.bar.top - 200);
  });

  it('moves to the next lesson with the panel, and leaves the bar of any other video alone', async () => {
    const next = getSeriesVideo('IHZwWFHWa-w')!;
    await spaNavigate(page, `/watch?v=${next.videoId}`);
    await page.waitForFunction(
      ([selector, starts]) => {
        const drawn = [...(document.querySelector(selector)?.shadowRoot?.querySelectorAll<HTMLElement>('.tick-moment') ?? [])].map((t) => Number(t.dataset.t));
        return drawn.length === starts.length && starts.every((s) => drawn.includes(s));
      },
      [HOST, next.chapters.map((c) => c.start)] as const,
    );
    expectMomentsPlaced(await barPicture(page), next);

    await spaNavigate(page, '/watch?v=dQw4w9WgXcQ');
    await page.waitForFunction(() => document.querySelectorAll('margin-markers').length === 0);
  });
});
