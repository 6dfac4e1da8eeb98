/**
 * The marked item is scrolled into view inside its list as the lesson plays or is seeked, and only inside the
 * list: YouTube's page itself never moves under the learner.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { chaptersOf, keyMoment, markedMoment, momentName, panel, showKeyMoments } from './harness/panel';
import { openWatch, pauseVideo, seekVideo } from './harness/youtube-page';

const LESSON = 'aircAruvnKk';

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
  await showKeyMoments(page);
});

/** Is the element's box inside its scrolling list's visible box? */
function visibleInList(page: Page, selector: string): Promise<boolean> {
  return panel(page)
    .locator(selector)
    .evaluate((element) => {
      const list = element.closest('.items')!;
      const item = element.getBoundingClientRect();
      const box = list.getBoundingClientRect();
      return item.top >= box.top - 1 && item.bottom <= box.bottom + 1;
    });
}

it('brings the last key moment into view when the lesson reaches it, without scrolling the page', async () => {
  const last = chaptersOf(LESSON).at(-1)!;
  const lastButton = 'button[aria-current="true"]';
  // The list is taller than its box: the last moment starts (at least partly) out of view.
  expect(await keyMoment(page, last).evaluate((button) => {
    const list = button.closest('.items')!;
    return button.getBoundingClientRect().bottom > list.getBoundingClientRect().bottom + 1;
  })).toBe(true);
  const pageScroll = await page.evaluate(() => window.scrollY);

  await seekVideo(page, last.start + 5);
  await expect.poll(() => markedMoment(page)).toBe(momentName(last));
  await expect.poll(() => visibleInList(page, lastButton)).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll);

  const first = chaptersOf(LESSON)[0]!;
  await seekVideo(page, first.start + 1);
  await expect.poll(() => markedMoment(page)).toBe(momentName(first));
  await expect.poll(() => visibleInList(page, lastButton)).toBe(true);
});

it('brings the marked glossary term into view as the lesson is seeked', async () => {
  await panel(page).getByRole('tab', { name: 'Glossary' }).click();
  await seekVideo(page, 1100);
  const marked = 'button[aria-current="true"]';
  await expect.poll(() => panel(page).locator(marked).count()).toBe(1);
  await expect.poll(() => visibleInList(page, marked)).toBe(true);
});

it('leaves the panel untouched while playback stays inside one moment, and changes it when a new one starts', async () => {
  const chapters = chaptersOf(LESSON);
  const why = chapters[4]!;
  const next = chapters[5]!;
  await seekVideo(page, next.start - 2.5);
  await expect.poll(() => markedMoment(page)).toBe(momentName(why));
  await panel(page).evaluate((host) => {
    const root = host.getRootNode() as ShadowRoot;
    const counter = { mutations: 0 };
    (window as unknown as { __panelMutations: typeof counter }).__panelMutations = counter;
    new MutationObserver((records) => (counter.mutations += records.length)).observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  const mutations = () => page.evaluate(() => (window as unknown as { __panelMutations: { mutations: number } }).__panelMutations.mutations);
  await page.evaluate(() => void document.querySelector<HTMLVideoElement>('#movie_player video')!.play());
  // About a second of playback (several timeupdates) still inside "Why layers?": nothing in the panel changes.
  await page.waitForFunction((end) => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime > end - 1.3, next.start);
  expect(await mutations()).toBe(0);
  await expect.poll(() => markedMoment(page), { timeout: 5_000 }).toBe(momentName(next));
  expect(await mutations()).toBeGreaterThan(0);
});
