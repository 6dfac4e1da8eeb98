/**
 * The glossary in the panel, in Chromium against the imitation: each lesson's terms in the order it explains
 * them, each a jump to its second; the filter; the term being explained marked as the lesson plays; links to
 * the same idea in other chapters and to the next and previous chapter, all inside YouTube's single-page
 * navigation; and the opt-in term ticks on the progress bar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatTime } from '@/utils/time';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { panel } from './harness/panel';
import {
  catalogTerm, catalogVideo, glossaryFilter, inOrder, listedTerms, markedTerm, showGlossary, termEntry, termName, termTicks,
  type CatalogTerm,
} from './harness/glossary';
import { clearShortcuts, openWatch, pauseVideo, recordedShortcuts, seekVideo, videoState } from './harness/youtube-page';

declare global {
  interface Window {
    /** Set by a test in the page's main world: still there afterwards means the page was not reloaded. */
    __marker?: number;
  }
}

const FIRST = catalogVideo('aircAruvnKk');
const SECOND = catalogVideo('IHZwWFHWa-w');
const THIRD = catalogVideo('Ilg3gGewQ5U');

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await openWatch(page, FIRST.videoId);
  await pauseVideo(page);
  await showGlossary(page);
});
afterAll(async () => browser?.close());

const currentTime = async () => (await videoState(page)).currentTime;

/** What the filter should keep: the term, an alias or the definition contains the text, ignoring case. */
const matching = (entries: CatalogTerm[], text: string) =>
  entries.filter((e) => [e.term, ...e.aliases, e.definition].some((s) => s.toLowerCase().includes(text.toLowerCase())));

/** Marks the page's main world and counts full page loads so far: a single-page navigation changes neither. */
async function markPage(): Promise<{ loads: number }> {
  await page.evaluate(() => (window.__marker = 1));
  return { loads: browser.imitation.documentRequests.length };
}
async function expectNoReload(mark: { loads: number }): Promise<void> {
  expect(await page.evaluate(() => window.__marker)).toBe(1);
  expect(browser.imitation.documentRequests.length).toBe(mark.loads);
}
async function expectLesson(video: { order: number; videoId: string }): Promise<void> {
  await page.waitForURL((url) => url.searchParams.get('v') === video.videoId);
  await panel(page).getByText(`Chapter ${video.order} of 9`, { exact: true }).waitFor();
}

describe("one lesson's terms", () => {
  it('lists every term of the lesson in the order it is introduced, each a button named by its time', async () => {
    const listed = await listedTerms(page);
    expect([...listed].sort()).toEqual(FIRST.glossary.map(termName).sort());
    const seconds = listed.map((name) => FIRST.glossary.find((e) => termName(e) === name)!.t);
    expect(seconds).toEqual([...seconds].sort((a, b) => a - b));
    for (const entry of FIRST.glossary) {
      expect(await panel(page).getByRole('button', { name: termName(entry), exact: true }).count(), entry.term).toBeGreaterThanOrEqual(1);
    }
  });

  it('narrows the list by term, alias and definition, keeping every typed key in the filter', async () => {
    const filter = glossaryFilter(page);
    await clearShortcuts(page);
    for (const text of ['weight', 'knobs and dials', 'S-shaped']) {
      await filter.fill('');
      await filter.pressSequentially(text);
      expect(await filter.inputValue()).toBe(text);
      const expected = matching(FIRST.glossary, text).map(termName);
      expect(expected.length).toBeLessThan(FIRST.glossary.length);
      await expect.poll(async () => [...(await listedTerms(page))].sort(), { message: `filter "${text}"` }).toEqual([...expected].sort());
    }
    expect(await listedTerms(page)).toEqual([termName(catalogTerm(FIRST.videoId, 'c1-sigmoid'))]);
    expect(await recordedShortcuts(page)).toEqual([]);
    expect(await videoState(page)).toMatchObject({ paused: true });
    await filter.fill('zzz');
    await panel(page).getByText('No term matches “zzz”.').waitFor();
    await filter.fill('');
    await expect.poll(async () => (await listedTerms(page)).length).toBe(FIRST.glossary.length);
  });

  it("jumps to the second a term is introduced", async () => {
    const weight = catalogTerm(FIRST.videoId, 'c1-weight');
    await termEntry(page, weight).getByRole('button', { name: termName(weight), exact: true }).first().click();
    await expect.poll(currentTime).toBe(weight.t);
    expect((await videoState(page)).paused).toBe(true);
  });

  it('marks the term being explained, following the video as it seeks', async () => {
    const weightedSum = catalogTerm(FIRST.videoId, 'c1-weighted-sum');
    await seekVideo(page, weightedSum.t + 5);
    await expect.poll(() => markedTerm(page)).toBe(termName(weightedSum));
    const grayscale = catalogTerm(FIRST.videoId, 'c1-grayscale-value');
    await seekVideo(page, grayscale.t);
    await expect.poll(() => markedTerm(page)).toBe(termName(grayscale));
    await seekVideo(page, 30); // before the first term
    await expect.poll(() => markedTerm(page)).toBe(null);
  });

  it('draws the terms on the progress bar only while the setting asks for it', async () => {
    expect(await termTicks(page)).toEqual([]);
    await panel(page).getByText('Settings', { exact: true }).click();
    const setting = panel(page).getByRole('checkbox', { name: 'Show glossary terms on the progress bar' });
    expect(await setting.isChecked()).toBe(false);
    await setting.check();
    const expected = FIRST.glossary.map((e) => e.t).sort((a, b) => a - b);
    await expect.poll(() => termTicks(page)).toEqual(expected);
    await setting.uncheck();
    await expect.poll(() => termTicks(page)).toEqual([]);
    await panel(page).getByText('Settings', { exact: true }).click();
  });
});

describe('across the series, inside YouTube', () => {
  it("opens a related term in another chapter at its second, without reloading the page", async () => {
    const mnist = catalogTerm(SECOND.videoId, 'c2-mnist');
    const entry = termEntry(page, catalogTerm(FIRST.videoId, 'c1-handwritten-digits'));
    const link = entry.getByRole('link', { name: inOrder(mnist.term, 'Ch. 2', formatTime(mnist.t)) });
    const mark = await markPage();
    await link.click();
    await expectLesson(SECOND);
    expect(new URL(page.url()).searchParams.get('t')).toBe(`${mnist.t}s`);
    await expect.poll(currentTime).toBeGreaterThanOrEqual(mnist.t);
    expect(await currentTime()).toBeLessThan(mnist.t + 5);
    await expectNoReload(mark);
    await pauseVideo(page);
    await showGlossary(page);
    expect((await listedTerms(page)).length).toBe(SECOND.glossary.length);
  });

  it('says where a term was first met ("from Chapter 1"), linking to that moment', async () => {
    const weight = catalogTerm(SECOND.videoId, 'c2-weight');
    const first = catalogTerm(FIRST.videoId, 'c1-weight');
    const link = termEntry(page, weight).getByRole('link', { name: inOrder('from Chapter 1', first.term, formatTime(first.t)) });
    expect(await link.textContent()).toMatch(/^from Chapter 1\b/);
    // A term this lesson introduces for the first time has no such link.
    const firstHere = termEntry(page, catalogTerm(SECOND.videoId, 'c2-gradient-descent'));
    await firstHere.waitFor();
    expect(await firstHere.getByRole('link', { name: /^from Chapter/ }).count()).toBe(0);

    const mark = await markPage();
    await link.click();
    await expectLesson(FIRST);
    await expect.poll(currentTime).toBeGreaterThanOrEqual(first.t);
    expect(await currentTime()).toBeLessThan(first.t + 5);
    await expectNoReload(mark);
    await pauseVideo(page);
  });

  it('goes to the next and the previous chapter from the panel header, without reloading the page', async () => {
    const mark = await markPage();
    await panel(page).getByRole('link', { name: inOrder('Next: Chapter 2', SECOND.title) }).click();
    await expectLesson(SECOND);
    await panel(page).getByRole('link', { name: inOrder('Next: Chapter 3', THIRD.title) }).click();
    await expectLesson(THIRD);
    await showGlossary(page);
    await expect.poll(async () => (await listedTerms(page)).length).toBe(THIRD.glossary.length);
    await panel(page).getByRole('link', { name: inOrder('Previous: Chapter 2', SECOND.title) }).click();
    await expectLesson(SECOND);
    await expectNoReload(mark);
  });
});
