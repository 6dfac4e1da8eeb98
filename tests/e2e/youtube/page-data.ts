/**
 * What the imitation's server hands its page script: the data of one page, both inline on a full load
 * (`ytInitialData`) and as JSON on single-page navigation (like YouTube's /youtubei/v1 responses).
 * Types only, shared by the Node server and the browser code.
 */

export interface VideoData {
  id: string;
  title: string;
  channel: string;
  durationSeconds: number;
  /** Chapters shown on the progress bar; empty for videos without creator chapters. */
  chapters: { start: number; title: string }[];
  /** Where the player loads the media from (served with Range support). */
  mediaUrl: string;
}

export type PageData =
  | { page: 'watch'; url: string; video: VideoData; startSeconds: number; related: VideoData[] }
  | { page: 'home'; url: string; videos: VideoData[] }
  | { page: 'results'; url: string; query: string; videos: VideoData[] }
  | { page: 'shorts'; url: string; video: VideoData }
  | { page: 'error'; url: string; message: string };

export type PageKind = PageData['page'];

/** One fired keyboard shortcut, as the page records it for tests (`window.__yt.shortcuts`). */
export interface ShortcutRecord {
  key: string;
  action: string;
  /** Which of the page's listeners handled it: YouTube has both; 'extension' is the SponsorBlock-like one. */
  phase: 'capture' | 'bubble' | 'extension';
}

/** One key or composition event that reached the page's listeners (keyboard realism mode, `__yt.keyEvents`). */
export interface KeyEventRecord {
  type: string;
  /** The key, or a composition's data. */
  key: string;
  /** The target's tag name as the page sees it (a shadow host for anything inside one). */
  target: string;
  trusted: boolean;
}

/** One navigation event the page fired, in order (`window.__yt.events`). */
export interface NavigationRecord {
  type: 'yt-navigate-start' | 'yt-page-data-updated' | 'yt-navigate-finish';
  url: string;
  page: PageKind;
}

/** The test hooks the page puts on its main world as `window.__yt` (call them through page.evaluate). */
export interface YtHooks {
  shortcuts: ShortcutRecord[];
  events: NavigationRecord[];
  /** Single-page navigation the way the extension would start it: a `yt-navigate` event on <ytd-app>. */
  navigate(url: string): Promise<void>;
  /** Plays an ad of `seconds` in the main <video>; resolves once it plays. */
  playAd(seconds: number): Promise<void>;
  /** Resolves when no ad is playing (at once if none is). */
  adFinished(): Promise<void>;
  isAdPlaying(): boolean;
  setDarkTheme(dark: boolean): void;
  setTheater(on: boolean): void;
  /** Requests for fullscreen that the browser refused (headless may). */
  fullscreenRefusals: number;
  /**
   * Keyboard realism (off by default): another extension's document-capture hotkeys (`;` and `'`), YouTube's
   * Shift+N acting on its release, and a log of every key and composition event the page receives.
   */
  enableKeyboardRealism(): void;
  keyEvents: KeyEventRecord[];
  /** Resolves once the main video has played past `seconds` at least once since the last source change. */
  whenPlaying(): Promise<void>;
  /** The modes this page was loaded with (see modes.ts). */
  modes: string[];
  /** Re-renders the watch page's columns now, removing nodes YouTube does not own; returns how many it removed. */
  rerenderColumns(): number;
  /** How many times the columns were re-rendered (by the mode's timer or by a test). */
  columnRerenders: number;
  /** Rebuilds the player's progress bar as a video-data change does (a new node with mode replace-progress-bar). */
  rebuildProgressBar(): void;
}
