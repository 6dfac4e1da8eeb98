/**
 * Switching the imitation's modes (tests/e2e/youtube/modes.ts) for every YouTube page of a browser context: a
 * cookie the page script reads when it boots, so the modes apply from the next full page load on.
 */
import type { BrowserContext } from 'playwright-core';
import { formatModes, MODES_COOKIE, type ImitationMode } from '../youtube/modes';
import { ORIGIN } from './youtube-page';

/** Sets the modes of the next page loads (an empty list is the default page). */
export async function setImitationModes(context: BrowserContext, modes: readonly ImitationMode[]): Promise<void> {
  if (modes.length === 0) {
    await context.clearCookies({ name: MODES_COOKIE });
    return;
  }
  await context.addCookies([{ name: MODES_COOKIE, value: encodeURIComponent(formatModes(modes)), url: ORIGIN }]);
}
