/**
 * Where YouTube's players keep their parts, for the desktop player and for the mobile-style player that
 * m.youtube.com serves (and, by the evidence, YouTube's new embed player). One list, so the panel, the ticks and
 * the lesson clock look in the same places. Sources: ../shared/research/real-youtube-2026.md §3 (SponsorBlock
 * `src/content.ts` and `mobileUtils.ts`, maze-utils, RYD, CPFY). The mobile markup was read from those
 * extensions' code, not captured from the live site: selectors that rest on it are marked "mobile".
 */

/** The main player on every host: desktop, m.youtube.com, the embed. */
export const MAIN_PLAYER = '#movie_player';

/** The desktop player's progress bar (a slider with lesson-second aria values). */
export const DESKTOP_BAR = '#movie_player .ytp-progress-bar';
/** The desktop bar's chapter blocks. */
export const DESKTOP_CHAPTER_SEGMENT = '.ytp-chapters-container > .ytp-chapter-hover-container';

/**
 * Mobile: the line of the progress bar that spans the whole duration, in the order SponsorBlock tries them ("newer
 * mobile YouTube (Sept 2024)"): the chaptered bar, or the plain line of a video without chapters. Both casings
 * have been served.
 */
export const MOBILE_BAR_LINES = [
  '.ytChapteredProgressBarHost',
  '.YtChapteredProgressBarHost',
  '.ytProgressBarLineHost',
  '.YtProgressBarLineHost',
] as const;
/** Mobile: one chapter block of the chaptered bar. */
export const MOBILE_CHAPTER_SEGMENT = '.ytChapteredProgressBarChapteredPlayerBarChapter';
/** Mobile: the bar's tall touch host, which carries the slider's aria values. */
export const MOBILE_BAR_HOST = 'yt-progress-bar, .ytPlayerProgressBarHost, .watch-page-progress-bar';

/** Mobile: the box around the player and its controls on m.youtube.com's watch page. */
export const MOBILE_PLAYER_CONTAINER = '#player-container-id';
/** Mobile: the player's box once it has loaded a video (RYD's signal; there is no `video-id` attribute). */
export const MOBILE_PLAYER_LOADED = '#player[loading="false"]:not([hidden])';
/** Mobile: the controls over the player, and the overlay that has `fadein` while they show. */
export const MOBILE_CONTROLS = '#player-control-container';
export const MOBILE_CONTROLS_SHOWN = '#player-control-overlay.fadein';

/** The parts of the player that can hold its progress bar: mobile keeps the bar beside #movie_player, not in it. */
export const PLAYER_AREAS = [MOBILE_PLAYER_CONTAINER, MAIN_PLAYER] as const;

/** Every place a progress bar of the main player may be, desktop first, then the mobile lines inside a player area. */
export const BAR_SELECTORS: readonly string[] = [
  DESKTOP_BAR,
  ...PLAYER_AREAS.flatMap((area) => MOBILE_BAR_LINES.map((line) => `${area} ${line}`)),
];
/** Chapter blocks of either bar (looked up inside the bar). */
export const CHAPTER_SEGMENT_SELECTORS: readonly string[] = [DESKTOP_CHAPTER_SEGMENT, MOBILE_CHAPTER_SEGMENT];

/** m.youtube.com's watch page. */
export const MOBILE_WATCH_ROOT = 'ytm-watch';
/** Mobile: the title, channel and actions under the player. */
export const MOBILE_METADATA = 'ytm-slim-video-metadata-section-renderer';
/** Mobile: the column of everything under the player. */
export const MOBILE_WATCH_RESULTS = 'ytm-single-column-watch-next-results-renderer';
/** Mobile: the related videos. */
export const MOBILE_RELATED = 'ytm-item-section-renderer[section-identifier="related-items"]';

/** m.youtube.com's navigation events, dispatched on `window` (desktop's are yt-navigate-start/-finish on document). */
export const MOBILE_NAVIGATE_START = 'state-navigatestart';
export const MOBILE_NAVIGATE_END = 'state-navigateend';

/**
 * The first candidate that is laid out (has a width), else the first that exists, else null: YouTube keeps hidden
 * copies of some parts, and the bar is zero-sized while the mobile controls are hidden.
 */
export function firstRendered<T>(candidates: readonly T[], width: (candidate: T) => number): T | null {
  return candidates.find((candidate) => width(candidate) > 0) ?? candidates[0] ?? null;
}

/** The main player's progress bar in `doc`, by the rule of `firstRendered`. */
export function findProgressBar(doc: ParentNode): HTMLElement | null {
  const found: HTMLElement[] = [];
  for (const selector of BAR_SELECTORS) {
    for (const element of doc.querySelectorAll<HTMLElement>(selector)) if (!found.includes(element)) found.push(element);
  }
  // One candidate (the usual case): no layout read.
  return found.length <= 1 ? (found[0] ?? null) : firstRendered(found, (bar) => bar.getBoundingClientRect().width);
}

/** The chapter blocks inside a progress bar (desktop or mobile). */
export function chapterSegments(bar: ParentNode): Element[] {
  return CHAPTER_SEGMENT_SELECTORS.flatMap((selector) => [...bar.querySelectorAll(selector)]);
}
