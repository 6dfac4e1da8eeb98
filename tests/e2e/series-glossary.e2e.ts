/**
 * The series glossary page in Chromium: every idea of the nine videos once, A–Z or by chapter, searchable with
 * a count, each with "Watch at M:SS in Chapter N" (YouTube at that second) and the other chapters using it;
 * opened from the panel's Glossary tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SERIES } from '@/utils/series-data';
import { ideaMatches, seriesIdeas } from '@/utils/series-glossary';
import { formatTime } from '@/utils/time';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { panel } from './harness/panel';
import { catalogTerm, inOrder, showGlossary, termEntry } from './harness/glossary';
import { focusedControl } from './harness/focus';
import { saveScreenshot } from './harness/screenshots';
import { openWatch, pauseVideo } from './harness/youtube-page';

const ideas = seriesIdeas(SERIES);
let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`chrome-extension://${browser.extensionId!}/glossary.html`);
  await page.getByRole('heading', { level: 1, name: 'Series glossary' }).waitFor();
});
afterAll(async () => browser?.close());

describe('the series glossary page', () => {
  it('lists every idea once, A to Z, under letter headings', async () => {
    expect(await page.getByRole('article').count()).toBe(ideas.length);
    const terms = await page.getByRole('article').getByRole('heading', { level: 3 }).allInnerTexts();
    expect(terms).toEqual(ideas.map((idea) => idea.first.entry.term));
    await page.getByRole('heading', { level: 2, name: 'W', exact: true }).waitFor();
    await saveScreenshot(page, 'series-glossary');
  });

  it('links each idea to the second that first explains it, and to the other chapters that use it', async () => {
    const weight = ideas.find((idea) => idea.slug === 'weight')!;
    const article = page.getByRole('article', { name: weight.first.entry.term, exact: true });
    const first = article.getByRole('link', { name: `Watch at ${formatTime(weight.first.entry.t)} in Chapter ${weight.first.video.order} on YouTube (new tab)` });
    expect(await first.getAttribute('href')).toBe(`https://www.youtube.com/watch?v=${weight.first.video.videoId}&t=${weight.first.entry.t}s`);
    for (const other of weight.others) {
      await article.getByRole('link', { name: `Chapter ${other.video.order} at ${formatTime(other.entry.t)} on YouTube (new tab)` }).waitFor();
    }
  });

  it('searches terms and definitions, says how many match, and orders by chapter', async () => {
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('gradient');
    const expected = ideas.filter((idea) => ideaMatches(idea, 'gradient')).length;
    await expect.poll(() => page.locator('.filter-count').innerText()).toBe(`${expected} terms`);
    expect(await page.getByRole('article').count()).toBe(expected);
    await page.getByRole('button', { name: 'By chapter' }).click();
    expect(await page.getByRole('button', { name: 'By chapter' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('heading', { level: 2, name: `Chapter 2 · ${SERIES[1]!.title}` }).waitFor();
    await search.fill('');
    expect(await page.getByRole('article').count()).toBe(SERIES.reduce((sum, video) => sum + video.glossary.length, 0));
  });

  it("opens from the panel's Glossary tab", async () => {
    const youtube = await browser.newPage();
    await openWatch(youtube, SERIES[0]!.videoId);
    await pauseVideo(youtube);
    await showGlossary(youtube);
    const [opened] = await Promise.all([
      browser.context.waitForEvent('page'),
      panel(youtube).getByRole('button', { name: /^All terms of the series/ }).click(),
    ]);
    await opened.getByRole('heading', { level: 1, name: 'Series glossary' }).waitFor();
    await opened.close();
    await youtube.close();
  });
});

describe('another chapter’s definition, from the panel', () => {
  it('shows what chapter 1 says about a term of chapter 2 in place, then goes there on request', async () => {
    const youtube = await browser.newPage();
    await openWatch(youtube, SERIES[1]!.videoId);
    await pauseVideo(youtube);
    await showGlossary(youtube);
    const here = catalogTerm(SERIES[1]!.videoId, 'c2-weight');
    const there = catalogTerm(SERIES[0]!.videoId, 'c1-weight');
    const entry = termEntry(youtube, here);
    const toggle = entry.getByRole('button', { name: new RegExp(`^(Read|Hide) other chapters on ${here.term}$`) });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await entry.getByText(there.definition).waitFor();
    expect(new URL(youtube.url()).searchParams.get('v')).toBe(SERIES[1]!.videoId);
    await entry.getByRole('link', { name: inOrder(`Go to Chapter 1 at ${formatTime(there.t)}`, there.term) }).focus();
    await youtube.keyboard.press('Enter');
    await expect.poll(() => focusedControl(youtube)).toBe(`h2 ${SERIES[0]!.title}`);
    await youtube.close();
  });
});
