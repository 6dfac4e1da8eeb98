/**
 * The lesson clock: the one place every feature reads the lesson's time from and seeks through (key moments,
 * glossary, notes, the add-note command, progress-bar ticks, watch progress, resume, the fullscreen editor).
 *
 * Lesson time is not always the <video> element's time: YouTube can stitch ads into the media itself, so the
 * element's clock and duration include the ads. And right after an address change the old video may still
 * be playing. So the clock answers only with time that belongs to the lesson it was told to expect, in the
 * lesson's own seconds; everything else reads as null. The YouTube adapter lives with the panel
 * (entrypoints/margin-panel/youtube-clock.ts); how raw readings become lesson time is in utils/lesson-reading.ts.
 */

export interface LessonClock {
  /** Seconds into the lesson, or null: an ad plays, no video yet, or the player does not yet show this lesson. */
  lessonTime(): number | null;
  /** The lesson's length as the player knows it, or null (as for lessonTime). */
  duration(): number | null;
  /** Moves the lesson to `t` (lesson seconds), keeping it playing or paused as it was. False when it cannot (an ad). */
  seek(t: number): boolean;
  isAdPlaying(): boolean;
  /** The lesson's video is playing (not paused, not an ad, and confirmed to be this lesson). */
  isPlaying(): boolean;
  pause(): void;
  play(): void;
  /**
   * Calls `listener` whenever the time, the ad state or the video may have changed; stops with `signal`. `change`
   * says 'time' when only playback moved on (on YouTube once per lesson second, not at every timeupdate): what needs
   * only the lesson's length or the ad state can skip those. Whatever needs finer time asks `lessonTime()` itself.
   */
  subscribe(listener: (change: ClockChange) => void, signal: AbortSignal): void;
}

/** 'time': playback moved on, nothing else said so; 'state': a seek, play or pause, new media, its length, an ad. */
export type ClockChange = 'time' | 'state';

/** The panel's side of the clock: which lesson the address shows, so that only its readings count. */
export interface ExpectingLessonClock extends LessonClock {
  /** The address now shows this video: readings count once the player confirms it shows it too. */
  expect(videoId: string): void;
}
