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
  /**
   * `#movie_player` answers YouTube's player API (getCurrentTime, getDuration, seekTo, getVideoData,
   * getPlayerState) in lesson time, also during and after a stitched ad; getVideoData names the media loaded.
   */
  'player-api': true,
  /**
   * An ad stitched in front of every video in ONE media file (server-side ad insertion; its length is the
   * `stitched-ad-seconds` parameter): `video.currentTime`/`duration` include the ad, `ad-showing` is on
   * #movie_player only while it plays, and the progress bar's aria values stay in lesson time.
   */
  'stitched-ad': true,
  /**
   * After the address changes to another watch page, the previous video plays on for `media-gap-ms`: the
   * <video> source and the root's `video-id` change only then (yt-navigate-finish fires before, at once).
   */
  'media-gap': true,
  /** The `.ytp-progress-bar` node itself is replaced by a new one on every video-data change. */
  'replace-progress-bar': true,
  /**
   * The redesigned ("delhi", 2025) player: `ytp-delhi-modern`, chapter blocks separated by inline `margin-right`
   * gaps, a taller bar; in fullscreen `ytp-big-mode` and a grid of more videos peeking from the bottom.
   */
  'delhi-player': true,
  /** Hovering a related video on the watch page plays it in `#video-preview`, with its own player, bar and <video>. */
  'watch-page-preview': true,
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

/** Numbers some modes take, carried by their own cookie (URL-encoded `name=value&…`); defaults otherwise. */
export const PARAMETERS_COOKIE = 'yt-imitation-parameters';

export interface ModeParameters {
  /** Length of the stitched ad (mode stitched-ad). */
  'stitched-ad-seconds': number;
  /** How long the previous video plays on after navigation (mode media-gap). */
  'media-gap-ms': number;
}

export const DEFAULT_PARAMETERS: ModeParameters = { 'stitched-ad-seconds': 15, 'media-gap-ms': 2500 };

export function formatParameters(parameters: Partial<ModeParameters>): string {
  return new URLSearchParams(Object.entries(parameters).map(([name, value]) => [name, String(value)])).toString();
}

/** The parameters in a `document.cookie` string: positive finite numbers only, defaults for the rest. */
export function parametersFromCookies(cookies: string): ModeParameters {
  const entry = cookies
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${PARAMETERS_COOKIE}=`));
  const given = new URLSearchParams(entry ? decodeURIComponent(entry.slice(PARAMETERS_COOKIE.length + 1)) : '');
  const result = { ...DEFAULT_PARAMETERS };
  for (const name of Object.keys(DEFAULT_PARAMETERS) as (keyof ModeParameters)[]) {
    const value = Number(given.get(name));
    if (given.has(name) && Number.isFinite(value) && value > 0) result[name] = value;
  }
  return result;
}
