/**
 * The test hooks m.youtube.com's imitation puts on its main world as `window.__ytm` (call them through
 * page.evaluate). Types only, shared by the Node side and the page script.
 */
import type { PageKind } from '../page-data';

/** One navigation event the phone site fired on window, in order. */
export interface MobileNavigationRecord {
  type: 'state-navigatestart' | 'state-navigateend';
  url: string;
  page: PageKind;
}

export interface YtmHooks {
  events: MobileNavigationRecord[];
  /** Single-page navigation as a tap on one of the site's links does it; resolves after `state-navigateend`. */
  navigate(url: string): Promise<void>;
  setDarkTheme(dark: boolean): void;
  /** Shows the player's controls (and its progress bar) as a tap on the player does; they fade out 3 s later while playing. */
  showControls(): void;
  /** Whether the controls show now (`#player-control-overlay.fadein`). */
  controlsShown(): boolean;
  /** Resolves once the main video plays (at once if it does). */
  whenPlaying(): Promise<void>;
  /** Seeks the main video the site's bar does (lesson seconds); how many seeks the bar made so far. */
  barSeeks: number;
  /** Requests for fullscreen (the player's button) that the browser refused (headless may). */
  fullscreenRefusals: number;
  /** The modes this page was loaded with (see ../modes.ts; `player-api` and `media-gap` apply here). */
  modes: string[];
}
