/**
 * Switching the imitation's modes (tests/e2e/youtube/modes.ts) for every YouTube page of a browser context: a
 * cookie the page script reads when it boots, so the modes apply from the next full page load on.
 */
import type { BrowserContext } from 'playwright-core';
import { formatModes, formatParameters, MODES_COOKIE, PARAMETERS_COOKIE, type ImitationMode, type ModeParameters } from '../youtube/modes';
import { ORIGIN } from './youtube-page';

/** Sets the modes of the next page loads (an empty list is the default page), and numbers some of them take. */
export async function setImitationModes(
  context: BrowserContext,
  modes: readonly ImitationMode[],
  parameters: Partial<ModeParameters> = {},
): Promise<void> {
  await context.clearCookies({ name: PARAMETERS_COOKIE });
  if (Object.keys(parameters).length > 0) {
    await context.addCookies([{ name: PARAMETERS_COOKIE, value: encodeURIComponent(formatParameters(parameters)), url: ORIGIN }]);
  }
  if (modes.length === 0) {
    await context.clearCookies({ name: MODES_COOKIE });
    return;
  }
  await context.addCookies([{ name: MODES_COOKIE, value: encodeURIComponent(formatModes(modes)), url: ORIGIN }]);
}
