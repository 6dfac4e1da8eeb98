/**
 * Margin on YouTube's phone site (m.youtube.com), in Chromium with a phone-sized screen and touch (DevTools
 * emulation, per tab) against the phone imitation (tests/e2e/youtube/mobile/): the panel below the player, every
 * target a finger's size, the site's own navigation followed, ticks on the phone bar with a tap for their label,
 * the dark theme, and the same notes as on www.youtube.com in the same browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getSeriesVideo } from '@/utils/series-data';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { keyMoment, momentName, panel, panelHost, showKeyMoments } from './harness/panel';
import { addNote, addNoteButton, listedTexts, noteEditor, showNotes } from './harness/notes';
import {
  emulatePhone, mobileNavigate, openMobileWatch, panelTargets, PHONE, setMobileDarkTheme, showMobileControls, tap, tapLocator,
} from './harness/mobile-page';
import { openWatch, pauseVideo } from './harness/youtube-page';
import { saveScreenshot } from './harness/screenshots';

const ONE = getSeriesVideo('aircAruvnKk')!;
const TWO = getSeriesVideo('IHZwWFHWa-w')!;

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await emulatePhone(page);
  await openMobileWatch(page, ONE.videoId);
  await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
  await showKeyMoments(page);
});
afterAll(async () => browser?.close());

const video = (p: Page) =>
  p.evaluate(() => {
    const v = document.querySelector<HTMLVideoElement>('#movie_player video')!;
    return { time: v.currentTime, paused: v.paused };
  });

interface PhoneBar {
  bar: { left: number; top: number; width: number; bottom: number };
  player: { bottom: number };
  segments: { left: number; width: number }[];
  ticks: { kind: string; t: number; x: number; y: number }[];
  label: { hidden: boolean; text: string; top: number; bottom: number };
}

/** The phone bar's line, its chapter blocks, Margin's ticks on it and their label, as laid out. */
function phoneBar(p: Page): Promise<PhoneBar> {
  return p.evaluate(() => {
    const line = document.querySelector('#player-container-id .ytChapteredProgressBarHost')!;
    const bar = line.getBoundingClientRect();
    const host = line.querySelector('margin-markers');
    const label = host?.shadowRoot?.querySelector<HTMLElement>('.label');
    const labelBox = label?.getBoundingClientRect();
    return {
      bar: { left: bar.left, top: bar.top, width: bar.width, bottom: bar.bottom },
      player: { bottom: document.querySelector('#player-container-id')!.getBoundingClientRect().bottom },
      segments: [...line.querySelectorAll('.ytChapteredProgressBarChapteredPlayerBarChapter')].map((s) => {
        const r = s.getBoundingClientRect();
        return { left: r.left - bar.left, width: r.width };
      }),
      ticks: [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('.tick') ?? [])].map((tick) => {
        const r = tick.getBoundingClientRect();
        return { kind: tick.className.replace('tick tick-', ''), t: Number(tick.dataset.t), x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }),
      label: { hidden: label?.hidden ?? true, text: label?.textContent ?? '', top: labelBox?.top ?? 0, bottom: labelBox?.bottom ?? 0 },
    };
  });
}

async function panelTitle(p: Page): Promise<string> {
  return (await panel(p).getByRole('heading', { level: 2 }).textContent()) ?? '';
}

describe('the panel on the phone site', () => {
  it('sits in the one column right below the player, above the title, within the screen', async () => {
    const where = await page.evaluate(() => {
      const host = document.querySelector('margin-panel')!;
      const box = host.getBoundingClientRect();
      return {
        parent: host.parentElement?.localName,
        first: host.parentElement?.firstElementChild === host,
        top: box.top,
        left: box.left,
        right: box.right,
        playerBottom: document.querySelector('#player-container-id')!.getBoundingClientRect().bottom,
        titleTop: document.querySelector('ytm-slim-video-metadata-section-renderer')!.getBoundingClientRect().top,
        pageWidth: document.documentElement.scrollWidth,
      };
    });
    expect(where.parent).toBe('ytm-single-column-watch-next-results-renderer');
    expect(where.first).toBe(true);
    expect(where.top).toBeGreaterThanOrEqual(where.playerBottom);
    expect(where.top - where.playerBottom).toBeLessThanOrEqual(16);
    expect(where.titleTop).toBeGreaterThan(where.top);
    expect(where.left).toBeGreaterThanOrEqual(0);
    expect(where.right).toBeLessThanOrEqual(PHONE.width);
    // Nothing of Margin's makes the page wider than the phone.
    expect(where.pageWidth).toBeLessThanOrEqual(PHONE.width);
    expect(await panelTitle(page)).toBe(ONE.title);
  });

  it('makes every button, tab, list item, field and link at least 44 × 44 px, in every tab', async () => {
    const small = async () => (await panelTargets(page)).filter((t) => t.width < 44 || t.height < 44).map((t) => `${t.what} ${Math.round(t.width)}×${Math.round(t.height)}`);
    await showKeyMoments(page);
    const moments = await panelTargets(page);
    expect(moments.length).toBeGreaterThan(ONE.chapters.length);
    expect(await small()).toEqual([]);
    await tapLocator(page, panel(page).getByRole('tab', { name: 'Glossary' }));
    await panel(page).getByRole('searchbox').waitFor();
    expect(await small()).toEqual([]);
    await showNotes(page);
    await addNote(page, 'Weights are the knobs #setup');
    await addNoteButton(page).click();
    await noteEditor(page).waitFor();
    await panel(page).locator('summary', { hasText: 'Settings' }).click();
    expect(await small()).toEqual([]);
    // No keyboard hints for a finger.
    expect(await panel(page).getByText('Ctrl+Enter saves').isVisible()).toBe(false);
    await panel(page).getByRole('button', { name: 'Cancel' }).click();
    // Measured, not assumed: the same panel on desktop is smaller than that.
    const desktop = await browser.newPage();
    await openWatch(desktop, ONE.videoId);
    await showKeyMoments(desktop);
    const tabHeight = await panel(desktop).getByRole('tab', { name: 'Key moments' }).evaluate((tab) => tab.getBoundingClientRect().height);
    expect(tabHeight).toBeLessThan(44);
    await desktop.close();
  });

  it('jumps the video when a key moment is tapped', async () => {
    await showKeyMoments(page);
    const target = ONE.chapters[4]!;
    await tapLocator(page, keyMoment(page, target));
    await expect.poll(async () => Math.round((await video(page)).time)).toBe(target.start);
  });

  it('follows the phone site\'s own navigation to the next chapter and back, without a reload', async () => {
    const loads = browser.imitation.documentRequests.length;
    await tapLocator(page, page.locator(`a.media-item-headline[href="/watch?v=${TWO.videoId}"]`));
    await expect.poll(() => panelTitle(page)).toBe(TWO.title);
    await showKeyMoments(page);
    await expect(keyMoment(page, TWO.chapters[1]!).isVisible()).resolves.toBe(true);
    await expect.poll(async () => (await phoneBar(page)).ticks.filter((t) => t.kind === 'moment').length).toBe(TWO.chapters.length);
    await page.evaluate(() => history.back());
    await expect.poll(() => panelTitle(page)).toBe(ONE.title);
    expect(browser.imitation.documentRequests.length).toBe(loads);
    // Still one panel, still in its place.
    expect(await page.locator('margin-panel').count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('margin-panel')?.parentElement?.localName)).toBe('ytm-single-column-watch-next-results-renderer');
  });

  it('goes away on a page that is not a series video, and comes back on one', async () => {
    await mobileNavigate(page, '/');
    await expect.poll(() => page.locator('margin-panel').count()).toBe(0);
    await mobileNavigate(page, `/watch?v=${ONE.videoId}`);
    await expect.poll(() => panelTitle(page)).toBe(ONE.title);
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
  });

  it('keeps the learner on the phone site when a chapter link of the panel is tapped', async () => {
    await tapLocator(page, panel(page).getByRole('link', { name: /Chapter 2/ }).first());
    await expect.poll(() => panelTitle(page)).toBe(TWO.title);
    expect(new URL(page.url()).host).toBe('m.youtube.com');
    await mobileNavigate(page, `/watch?v=${ONE.videoId}`);
    await expect.poll(() => panelTitle(page)).toBe(ONE.title);
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
  });
});

describe('ticks on the phone player\'s bar', () => {
  it('marks every key moment at its time on the bar\'s line, on a chapter block', async () => {
    await showMobileControls(page);
    await expect.poll(async () => (await phoneBar(page)).ticks.filter((t) => t.kind === 'moment').length).toBe(ONE.chapters.length);
    const picture = await phoneBar(page);
    for (const chapter of ONE.chapters) {
      const tick = picture.ticks.find((t) => t.kind === 'moment' && t.t === chapter.start)!;
      const x = tick.x - picture.bar.left;
      expect(Math.abs(x - (chapter.start / ONE.durationSeconds) * picture.bar.width), chapter.title).toBeLessThanOrEqual(2);
      expect(picture.segments.some((s) => x >= s.left && x <= s.left + s.width), chapter.title).toBe(true);
      expect(Math.abs(tick.y - (picture.bar.top + picture.bar.bottom) / 2)).toBeLessThanOrEqual(2);
    }
  });

  it('shows a tick\'s label when the bar is tapped near it (no hover on a phone), inside the player, and the tap still seeks', async () => {
    await showMobileControls(page);
    const picture = await phoneBar(page);
    const chapter = ONE.chapters[3]!;
    const tick = picture.ticks.find((t) => t.kind === 'moment' && t.t === chapter.start)!;
    const seeks = await page.evaluate(() => window.__ytm!.barSeeks);
    // A fingertip lands a few px off the 3 px line and off the 2 px tick.
    await tap(page, tick.x + 4, tick.y + 7);
    await expect.poll(async () => (await phoneBar(page)).label).toMatchObject({ hidden: false, text: chapter.title });
    const label = (await phoneBar(page)).label;
    expect(label.bottom).toBeLessThanOrEqual(picture.player.bottom);
    expect(await page.evaluate(() => window.__ytm!.barSeeks)).toBe(seeks + 1);
    expect(Math.abs((await video(page)).time - chapter.start)).toBeLessThan(15);
    // It goes by itself, as there is no pointer leaving the bar.
    await expect.poll(async () => (await phoneBar(page)).label.hidden, { timeout: 8000 }).toBe(true);
  });

  it('shows no label for a tap on the bar far from every tick', async () => {
    await showMobileControls(page);
    const picture = await phoneBar(page);
    const xs = picture.ticks.map((t) => t.x).sort((a, b) => a - b);
    let gap = { x: 0, width: 0 };
    for (let i = 1; i < xs.length; i++) if (xs[i]! - xs[i - 1]! > gap.width) gap = { x: (xs[i]! + xs[i - 1]!) / 2, width: xs[i]! - xs[i - 1]! };
    expect(gap.width).toBeGreaterThan(40);
    await tap(page, gap.x, (picture.bar.top + picture.bar.bottom) / 2);
    await page.waitForTimeout(300);
    expect((await phoneBar(page)).label.hidden).toBe(true);
  });
});

describe('the phone site\'s dark theme', () => {
  const colours = () => panel(page).evaluate((landmark) => getComputedStyle(landmark).backgroundColor);
  it('turns the panel dark and back', async () => {
    const light = await colours();
    await setMobileDarkTheme(page, true);
    await expect.poll(colours).not.toBe(light);
    expect(await panelHost(page).getAttribute('data-theme')).toBe('dark');
    await setMobileDarkTheme(page, false);
    await expect.poll(colours).toBe(light);
  });
});

describe('the same notes on the phone site and on www.youtube.com', () => {
  it('shows a note written on the phone in the desktop panel, and one written there on the phone, live', async () => {
    const desktop = await browser.newPage();
    await openWatch(desktop, ONE.videoId);
    await pauseVideo(desktop);
    await showNotes(desktop);
    await showNotes(page);
    // Written on the phone by taps and the (soft) keyboard: letters YouTube uses as shortcuts included.
    await tapLocator(page, addNoteButton(page));
    await noteEditor(page).waitFor();
    await page.keyboard.type('kjl fm: from the phone');
    // A phone's soft keyboard often sends text with no key events at all (an IME commit).
    await page.keyboard.insertText(', by the soft keyboard');
    await tapLocator(page, panel(page).getByRole('button', { name: 'Save note' }));
    await noteEditor(page).waitFor({ state: 'detached' });
    expect(await listedTexts(page)).toContain('kjl fm: from the phone, by the soft keyboard');
    await expect.poll(() => listedTexts(desktop)).toContain('kjl fm: from the phone, by the soft keyboard');
    await addNote(desktop, 'from the desktop');
    await expect.poll(() => listedTexts(page)).toContain('from the desktop');
    await desktop.close();
  });
});

describe('fullscreen on the phone, where no keyboard shortcut can add a note', () => {
  it('offers an "Add note" button in the player that opens the compact editor, which saves like the panel', async (context) => {
    await page.evaluate(() => scrollTo(0, 0));
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await showMobileControls(page);
    await tapLocator(page, page.locator('#player-control-container .fullscreen-icon'));
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null || window.__ytm!.fullscreenRefusals > 0)).toBe(true);
    if (!(await page.evaluate(() => document.fullscreenElement !== null))) context.skip('headless Chromium refused fullscreen');
    try {
      const overlay = page.locator('#movie_player margin-overlay');
      const add = overlay.getByRole('button', { name: 'Add note' });
      await add.waitFor();
      const box = (await add.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      await tapLocator(page, add);
      const editor = overlay.getByRole('textbox', { name: /^Note at / });
      await editor.waitFor();
      await page.keyboard.insertText('noted in fullscreen');
      await tapLocator(page, overlay.getByRole('button', { name: 'Save note' }));
      await editor.waitFor({ state: 'detached' });
      // The button is back for the next note.
      await add.waitFor();
    } finally {
      await page.evaluate(() => (document.fullscreenElement ? document.exitFullscreen() : undefined));
    }
    await showNotes(page);
    await expect.poll(() => listedTexts(page)).toContain('noted in fullscreen');
  });
});

describe('a picture of the phone layout', () => {
  it('is taken with the ticks and a label showing, in the dark theme', async () => {
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await setMobileDarkTheme(page, true);
    await showKeyMoments(page);
    await page.evaluate(() => scrollTo(0, 0));
    await showMobileControls(page);
    const picture = await phoneBar(page);
    const tick = picture.ticks.find((t) => t.kind === 'moment' && t.t === ONE.chapters[2]!.start)!;
    await tap(page, tick.x, tick.y);
    await expect.poll(async () => (await phoneBar(page)).label.hidden).toBe(false);
    await expect.poll(() => panel(page).getByRole('tabpanel').locator('button[aria-current="true"]').count()).toBe(1);
    expect(await panel(page).getByRole('tabpanel').locator('button[aria-current="true"]').getAttribute('class')).toContain('jump');
    expect(momentName(ONE.chapters[2]!)).toContain('What are neurons');
    const [path] = await saveScreenshot(page, 'phone-dark');
    expect(path).toBeTruthy();
  });
});
