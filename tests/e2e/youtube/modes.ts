/**
 * Switchable behaviours of the imitation, each off by default (the default page is the plain 2024 watch page).
 * A mode models something the real site does for some users or at some times (sources in
 * ../shared/research/real-youtube-2026.md); tests switch modes on for a browser context with a cookie, which
 * the page script reads at boot, so a mode holds across full loads and single-page navigation alike.
 * Types and parsing only: shared by the Node side (tests, harness) and the page script.
 */

export const IMITATION_MODES = {
  /** The watch page's root is `ytd-watch-grid` (2024 experiment): related videos below the player, title and comments beside it. */
  'watch-grid': true,
  /** The watch page's root is `ytd-watch-fixie` (2023 experiment), otherwise laid out like `ytd-watch-flexy`. */
  'watch-fixie': true,
  /** The watch page's root is an element no extension knows (`ytd-watch-nextgen`): a future layout. */
  'unknown-watch-root': true,
  /** The side column is sticky below the masthead and scrolls on its own (the real site since about March 2026). */
  'sticky-column': true,
  /** The 550 px side column with related videos in two columns (an A/B test of early 2026). */
  'wide-column': true,
  /** Some time after each navigation to a watch page, the side column and #below are re-rendered: nodes YouTube does not own are removed. */
  'column-rerender': true,
  /** The watch page first appears in one column; `is-two-columns_` and the related list arrive 300–1000 ms later. */
  'late-columns': true,
} as const;

export type ImitationMode = keyof typeof IMITATION_MODES;

/** The cookie that carries the modes: names joined by '.', e.g. `sticky-column.wide-column`. */
export const MODES_COOKIE = 'yt-imitation-modes';

export function isImitationMode(name: string): name is ImitationMode {
  return Object.hasOwn(IMITATION_MODES, name);
}

export function formatModes(modes: readonly ImitationMode[]): string {
  return modes.join('.');
}

/** The modes in a `document.cookie` string (unknown names are ignored). */
export function modesFromCookies(cookies: string): Set<ImitationMode> {
  const entry = cookies
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${MODES_COOKIE}=`));
  const value = entry ? decodeURIComponent(entry.slice(MODES_COOKIE.length + 1)) : '';
  return new Set(value.split('.').filter(isImitationMode));
}
