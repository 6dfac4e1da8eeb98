/**
 * YouTube never reloads between videos: the panel must follow its single-page navigation, showing the right
 * lesson, leaving other pages, coming back, and never standing twice on the page.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { chaptersOf, momentName, momentNames, panel, panelPlacement, showKeyMoments } from './harness/panel';
import { clickAndNavigate, goBack, openWatch, relatedLink, spaNavigate } from './harness/youtube-page';

declare global {
  interface Window {
    /** The most <margin-panel> elements seen on the page at any one time (recorded by an init script). */
    __maxPanels?: number;
  }
}

const [FIRST, SECOND, THIRD] = ['aircAruvnKk', 'IHZwWFHWa-w', 'Ilg3gGewQ5U'] as const;

let browser: MarginBrowser;
let page: Page;
let loadsAtStart: number;

beforeAll(async () => {
  browser = await launchBrowser();
  // Counts panels on every DOM change, from before the page's first script, so even a brief double is caught.
  await browser.context.addInitScript(() => {
    window.__maxPanels = 0;
    new MutationObserver(() => {
      window.__maxPanels = Math.max(window.__maxPanels ?? 0, document.querySelectorAll('margin-panel').length);
    }).observe(document, { childList: true, subtree: true });
  });
  page = await browser.newPage();
  await openWatch(page, FIRST);
  loadsAtStart = browser.imitation.documentRequests.length;
});
afterAll(async () => browser?.close());

async function expectLesson(position: string, videoId: string): Promise<void> {
  await expect.poll(() => panel(page).getByText(position, { exact: true }).count()).toBe(1);
  await showKeyMoments(page);
  await expect.poll(() => momentNames(page)).toEqual(chaptersOf(videoId).map(momentName));
}

it('shows the first lesson', async () => {
  await expectLesson('Chapter 1 of 9', FIRST);
});

it('follows a related-video click to the next lesson', async () => {
  await clickAndNavigate(page, relatedLink(SECOND));
  await expectLesson('Chapter 2 of 9', SECOND);
});

it('leaves when YouTube navigates to a video outside the series, without leftovers', async () => {
  await spaNavigate(page, '/watch?v=dQw4w9WgXcQ');
  await expect.poll(() => panelPlacement(page)).toMatchObject({ count: 0 });
  const sideColumn = await page.evaluate(() => [...document.querySelector('#secondary-inner')!.children].map((e) => e.id || e.localName));
  expect(sideColumn).toEqual(['related']);
});

it('comes back with the browser\'s back button', async () => {
  await goBack(page);
  await expectLesson('Chapter 2 of 9', SECOND);
});

it('leaves for the home page and returns from one of its tiles', async () => {
  await spaNavigate(page, '/');
  await expect.poll(() => panelPlacement(page)).toMatchObject({ count: 0 });
  await clickAndNavigate(page, `ytd-rich-item-renderer a#video-title-link[href="/watch?v=${THIRD}"]`);
  await expectLesson('Chapter 3 of 9', THIRD);
});

it('opens the next lesson from its own series link without reloading the page', async () => {
  await panel(page).getByRole('link', { name: /^Next: Chapter 4\b/ }).click();
  await page.waitForURL(/v=tIeHLnjs5U8/);
  await expectLesson('Chapter 4 of 9', 'tIeHLnjs5U8');
  expect(browser.imitation.documentRequests.length).toBe(loadsAtStart);
});

it('ends on the last of several quick navigations', async () => {
  await page.evaluate(() => {
    void window.__yt!.navigate('/watch?v=dQw4w9WgXcQ');
    void window.__yt!.navigate('/watch?v=aircAruvnKk');
    return window.__yt!.navigate('/watch?v=IHZwWFHWa-w');
  });
  await expectLesson('Chapter 2 of 9', SECOND);
});

it('never had two panels on the page, and never reloaded it', async () => {
  expect(await page.evaluate(() => window.__maxPanels)).toBe(1);
  expect(await panelPlacement(page)).toMatchObject({ count: 1 });
  expect(browser.imitation.documentRequests.length).toBe(loadsAtStart);
});
