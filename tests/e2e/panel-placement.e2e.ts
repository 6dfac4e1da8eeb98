/**
 * Where the panel appears and what it shows on a series video, and that a video outside the series is left
 * exactly as YouTube made it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_VIEWPORT, launchBrowser, type MarginBrowser } from './harness/browser';
import { chapterAt, chaptersOf, keyMoment, markedMoment, momentName, momentNames, panel, panelHost, panelPlacement, showKeyMoments } from './harness/panel';
import { domSnapshot, expectNothingAddedFor } from './harness/dom-snapshot';
import { openWatch, pauseVideo, seekVideo, setTheater } from './harness/youtube-page';

const FIRST = 'aircAruvnKk';

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

describe('on a series video', () => {
  beforeAll(async () => {
    await openWatch(page, FIRST);
    await pauseVideo(page);
    await seekVideo(page, 170);
    await showKeyMoments(page);
  });

  it('mounts one panel, in an open shadow root, at the top of the side column before #related', async () => {
    expect(await panelPlacement(page)).toEqual({ count: 1, parent: 'secondary-inner', first: true, beforeRelated: true, open: true });
  });

  it('shows where the video sits in the series and the three tabs', async () => {
    await expect(panel(page).getByText('Chapter 1 of 9').count()).resolves.toBe(1);
    for (const name of ['Key moments', 'Glossary', 'Notes']) {
      await expect(panel(page).getByRole('tab', { name }).count()).resolves.toBe(1);
    }
  });

  it('lists every key moment with its time in its name and marks the current one', async () => {
    expect(await momentNames(page)).toEqual(chaptersOf(FIRST).map(momentName));
    expect(momentName(chapterAt(FIRST, 2))).toBe('Jump to 2:42 What are neurons?');
    await expect(keyMoment(page, chapterAt(FIRST, 2)).getAttribute('aria-current')).resolves.toBe('true');
    expect(await markedMoment(page)).toBe('Jump to 2:42 What are neurons?');
  });
});

describe('layouts', () => {
  afterAll(async () => {
    await page.setViewportSize(DEFAULT_VIEWPORT);
    await setTheater(page, false);
  });

  it('moves below the player in theater mode, and back beside it after', async () => {
    await openWatch(page, FIRST);
    await panelHost(page).waitFor();
    await setTheater(page, true);
    await expect.poll(() => panelPlacement(page)).toMatchObject({ count: 1, parent: 'below', first: true });
    await setTheater(page, false);
    await expect.poll(() => panelPlacement(page)).toMatchObject({ count: 1, parent: 'secondary-inner', first: true });
  });

  it('moves below the player in a narrow window, and stays usable there', async () => {
    await page.setViewportSize({ width: 900, height: 800 });
    await expect.poll(() => panelPlacement(page)).toMatchObject({ count: 1, parent: 'below', first: true });
    await expect(panel(page).isVisible()).resolves.toBe(true);
    await page.setViewportSize(DEFAULT_VIEWPORT);
    await expect.poll(() => panelPlacement(page)).toMatchObject({ count: 1, parent: 'secondary-inner', first: true });
  });
});

describe('on a video outside the series', () => {
  it('adds nothing at all to the page', async () => {
    const plain = await launchBrowser({ extension: false });
    let expected: string[];
    try {
      const plainPage = await plain.newPage();
      await openWatch(plainPage, 'dQw4w9WgXcQ');
      expected = await domSnapshot(plainPage);
    } finally {
      await plain.close();
    }
    await openWatch(page, 'dQw4w9WgXcQ');
    await expectNothingAddedFor(page, 1000);
    expect(await domSnapshot(page)).toEqual(expected);
    expect(await panelPlacement(page)).toMatchObject({ count: 0 });
  });
});
