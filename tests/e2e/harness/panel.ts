/**
 * Finding Margin's panel the way a person or a screen reader does: the one <margin-panel> element, its shadow
 * root (closed in production; opened for the tests by harness/open-roots.ts, since Playwright's locators pierce
 * only open roots), the "Margin" landmark, tabs and buttons by their accessible names.
 */
import type { Locator, Page } from 'playwright-core';
import type { Chapter } from '@/utils/catalog';
import { getSeriesVideo } from '@/utils/series-data';
import { formatTime } from '@/utils/time';

export const PANEL_TAG = 'margin-panel';

export function panelHost(page: Page): Locator {
  return page.locator(PANEL_TAG);
}

/** The panel's landmark: role complementary, named "Margin". */
export function panel(page: Page): Locator {
  return panelHost(page).getByRole('complementary', { name: 'Margin' });
}

/** The accessible name the contract gives a key moment: "Jump to 2:42 What are neurons?". */
export function momentName(chapter: Chapter): string {
  return `Jump to ${formatTime(chapter.start)} ${chapter.title}`;
}

export function chaptersOf(videoId: string): Chapter[] {
  const video = getSeriesVideo(videoId);
  if (!video) throw new Error(`${videoId} is not a series video`);
  return video.chapters;
}

export function chapterAt(videoId: string, index: number): Chapter {
  const chapter = chaptersOf(videoId)[index];
  if (!chapter) throw new Error(`${videoId} has no chapter ${index}`);
  return chapter;
}

export function keyMoment(page: Page, chapter: Chapter): Locator {
  return panel(page).getByRole('button', { name: momentName(chapter), exact: true });
}

/** Waits for the panel, then makes sure its "Key moments" tab is the one shown (the tab may be remembered). */
export async function showKeyMoments(page: Page): Promise<void> {
  await panel(page).waitFor();
  const tab = panel(page).getByRole('tab', { name: 'Key moments' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await panel(page).getByRole('tabpanel').getByRole('button', { name: /^Jump to / }).first().waitFor();
}

/** Accessible names of the buttons in an ARIA snapshot (Playwright's view of the accessibility tree). */
function buttonNames(snapshot: string): string[] {
  return [...snapshot.matchAll(/- button "((?:[^"\\]|\\.)*)"/g)].map((match) => JSON.parse(`"${match[1]}"`) as string);
}

/** Accessible names of the key-moment buttons shown, in order. */
export async function momentNames(page: Page): Promise<string[]> {
  const names = buttonNames(await panel(page).getByRole('tabpanel').ariaSnapshot());
  return names.filter((name) => name.startsWith('Jump to '));
}

/** Accessible name of the key moment marked aria-current="true" (null when none is; throws when several are). */
export async function markedMoment(page: Page): Promise<string | null> {
  const marked = panel(page).getByRole('tabpanel').locator('button[aria-current="true"]');
  const count = await marked.count();
  if (count > 1) throw new Error(`${count} key moments are marked current`);
  return count === 0 ? null : (buttonNames(await marked.ariaSnapshot())[0] ?? null);
}

/** Where the panel's host element sits in YouTube's page. */
export function panelPlacement(page: Page): Promise<{ count: number; parent: string | null; first: boolean; beforeRelated: boolean; open: boolean }> {
  return page.evaluate((tag) => {
    const hosts = document.querySelectorAll(tag);
    const host = hosts[0];
    const related = document.querySelector('#related');
    return {
      count: hosts.length,
      parent: host?.parentElement?.id ?? null,
      first: host !== undefined && host.parentElement?.firstElementChild === host,
      beforeRelated: host !== undefined && related !== null && (host.compareDocumentPosition(related) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      open: host?.shadowRoot !== null && host?.shadowRoot !== undefined,
    };
  }, PANEL_TAG);
}
