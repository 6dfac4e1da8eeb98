/**
 * The Glossary tab as a learner sees it, the catalog read straight from its files (assets/series/<id>.json, not
 * through the extension's own code), and the glossary ticks on YouTube's progress bar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { GlossaryEntry, SeriesVideo } from '@/utils/catalog';
import { formatTime } from '@/utils/time';
import { ROOT } from '../setup/paths';
import { panel } from './panel';

// The catalog's own types: the data is read from the files, but its shape is the product's.
export type CatalogTerm = GlossaryEntry;
export type CatalogVideo = SeriesVideo;

export function catalogVideo(videoId: string): CatalogVideo {
  return JSON.parse(readFileSync(join(ROOT, 'assets/series', `${videoId}.json`), 'utf8')) as CatalogVideo;
}

export function catalogTerm(videoId: string, id: string): CatalogTerm {
  const entry = catalogVideo(videoId).glossary.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`${videoId} has no glossary entry ${id}`);
  return entry;
}

/** The accessible name the panel gives a term: "Jump to 9:08 Weight". */
export const termName = (entry: Pick<CatalogTerm, 't' | 'term'>): string => `Jump to ${formatTime(entry.t)} ${entry.term}`;

/** Waits for the panel, then makes sure its Glossary tab is the one shown. */
export async function showGlossary(page: Page): Promise<void> {
  await panel(page).waitFor();
  const tab = panel(page).getByRole('tab', { name: 'Glossary' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await glossaryFilter(page).waitFor();
}

export const glossaryFilter = (page: Page): Locator => panel(page).getByRole('searchbox', { name: 'Filter terms' });

/** One term's entry (its list item), found by its own button (not by a related-term button inside another entry). */
export function termEntry(page: Page, entry: Pick<CatalogTerm, 't' | 'term'>): Locator {
  const own = page.locator(':scope > button:first-child').filter({ hasText: new RegExp(`^${escapeRegExp(termName(entry))}$`) });
  return panel(page).getByRole('tabpanel').locator('ol > li').filter({ has: own });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An accessible name that starts with the first part and holds the others in order, whatever stands between
 * them (the browser's spacing around screen-reader-only text, punctuation): `inOrder('Next: Chapter 2', title)`.
 */
export function inOrder(...parts: string[]): RegExp {
  return new RegExp(`^${parts.map(escapeRegExp).join('.*')}`);
}

/** The term buttons listed (each entry's first button: related terms inside an entry left out), in order. */
export function listedTerms(page: Page): Promise<string[]> {
  return panel(page)
    .getByRole('tabpanel')
    .locator('ol > li > button:first-child')
    .evaluateAll((buttons) => buttons.map((button) => (button.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Name of the term button marked aria-current="true" (null when none is; throws when several are). */
export async function markedTerm(page: Page): Promise<string | null> {
  const marked = await panel(page)
    .getByRole('tabpanel')
    .locator('ol > li > button[aria-current="true"]')
    .evaluateAll((buttons) => buttons.map((button) => (button.textContent ?? '').replace(/\s+/g, ' ').trim()));
  if (marked.length > 1) throw new Error(`${marked.length} terms are marked current: ${marked.join(', ')}`);
  return marked[0] ?? null;
}

/** Seconds of the glossary-term ticks Margin drew on YouTube's progress bar, sorted. */
export function termTicks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const host = document.querySelector('#movie_player .ytp-progress-bar margin-markers');
    const ticks = [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('.tick-term') ?? [])];
    return ticks.map((tick) => Number(tick.dataset.t)).sort((a, b) => a - b);
  });
}
