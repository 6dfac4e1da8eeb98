/**
 * How the lesson clock turns what it can see of YouTube's player into lesson time. Pure: the adapter
 * (entrypoints/margin-panel/youtube-clock.ts) gathers the raw readings, this decides.
 *
 * - The player's own API (`#movie_player.getCurrentTime/getDuration/getVideoData`, read in the page's main
 *   world) answers in lesson time even with ads stitched into the media. It is preferred, but only once it
 *   agrees with the progress bar's `aria-valuemax` (the page's own scripts could answer anything).
 * - Without it, the <video> element's clock is used, less the length of any stitched ad: when the element is
 *   longer than the bar says the lesson is (by more than a rounding), the difference is the ad's.
 * - Readings count only for the lesson the address shows, once the player confirms it shows that lesson: its
 *   API's video id, or else the watch page's `video-id` together with a media load for that id.
 * - While an ad shows (`ad-showing` on the player) there is no lesson time at all.
 */

export interface ApiReading {
  videoId: string | null;
  time: number;
  duration: number;
}

export interface RawReadings {
  /** The video the address shows (what the panel expects), or null before the first. */
  expected: string | null;
  /** The player API's answer, or null when there is none (no bridge, no API, or an invalid answer). */
  api: ApiReading | null;
  video: { time: number; duration: number } | null;
  /** The progress bar's `aria-valuemax` / `aria-valuenow`, or null without a bar. */
  bar: { max: number; now: number } | null;
  adShowing: boolean;
  /** The watch page's `video-id` attribute. */
  pageVideoId: string | null;
  /**
   * The video the main player's media was loaded for: the watch page's `video-id` when the player last loaded
   * media (a `loadstart`), or the one it took during the same navigation (see the adapter).
   */
  mediaVideoId: string | null;
}

export interface LessonReading {
  /** Lesson seconds, or null (ad, unconfirmed, no video). */
  time: number | null;
  duration: number | null;
  ad: boolean;
  /** The player shows the expected lesson. */
  confirmed: boolean;
  /** Where seeks go: the player's API, or the <video> element with `offset` (the stitched ads' length) added. */
  via: 'api' | 'video';
  offset: number;
}

/** Bar and player may round differently; a larger difference is an ad (SponsorBlock uses the same 3 s). */
export const DURATION_TOLERANCE_S = 3;

const finite = (n: number) => typeof n === 'number' && Number.isFinite(n);

/** The API's answer if it is sane and the progress bar does not contradict it. */
function trustedApi({ api, bar, video }: RawReadings): ApiReading | null {
  if (!api || !finite(api.time) || !finite(api.duration) || api.duration <= 0) return null;
  if (api.time < 0 || api.time > api.duration + 1) return null;
  if (bar && bar.max > 0 && Math.abs(bar.max - api.duration) > DURATION_TOLERANCE_S) return null;
  // The lesson sits inside the media: the element can never be behind the lesson.
  if (video && finite(video.time) && video.time < api.time - 1) return null;
  return api;
}

/** The stitched ads' length as the element and the bar disagree about the duration; 0 when they agree. */
export function stitchedOffset(video: { duration: number }, bar: { max: number } | null): number {
  if (!bar || !(bar.max > 0) || !finite(video.duration)) return 0;
  const extra = video.duration - bar.max;
  return extra > DURATION_TOLERANCE_S ? extra : 0;
}

/** Whether the player shows the expected lesson. An API that names another video is believed even when its times are not. */
export function confirmedLesson(raw: RawReadings): boolean {
  if (raw.expected === null) return false;
  if (raw.api && raw.api.videoId !== null) return raw.api.videoId === raw.expected;
  return raw.pageVideoId === raw.expected && raw.mediaVideoId === raw.expected;
}

export function readLesson(raw: RawReadings): LessonReading {
  const api = trustedApi(raw);
  const confirmed = confirmedLesson(raw);
  const none = { time: null, duration: null, ad: raw.adShowing, confirmed };
  if (api) {
    const offset = raw.video && finite(raw.video.time) ? Math.max(0, raw.video.time - api.time) : 0;
    if (!confirmed || raw.adShowing) return { ...none, via: 'api', offset };
    return { time: api.time, duration: api.duration, ad: false, confirmed, via: 'api', offset };
  }
  const video = raw.video;
  if (!video || !finite(video.time)) return { ...none, via: 'video', offset: 0 };
  const offset = stitchedOffset(video, raw.bar);
  const time = video.time - offset;
  if (!confirmed || raw.adShowing || time < 0) return { ...none, via: 'video', offset };
  const duration = finite(video.duration) && video.duration - offset > 0 ? video.duration - offset : null;
  return { time, duration, ad: false, confirmed, via: 'video', offset };
}

/** Where a seek to lesson second `t` goes, or null when it cannot go anywhere (an ad, another video). */
export function planSeek(reading: LessonReading, t: number): { via: 'api' | 'video'; to: number } | null {
  if (reading.ad || !reading.confirmed || !finite(t)) return null;
  const end = reading.duration ?? Number.POSITIVE_INFINITY;
  const lesson = Math.min(Math.max(0, t), end);
  return reading.via === 'api' ? { via: 'api', to: lesson } : { via: 'video', to: lesson + reading.offset };
}

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

/**
 * The main-world bridge's answer, read from an attribute the page could also write: anything but the exact
 * expected shape (a short JSON object of a video id and two finite numbers) is no answer at all.
 */
export function parseBridgeAnswer(text: string | null): ApiReading | null {
  // '' is the bridge's "no player API here" (the page's own player without it, or not built yet): answered four
  // times a second then, so it is not left to JSON.parse to throw on.
  if (text === null || text === '' || text.length > 200) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { id, t, d } = value as Record<string, unknown>;
  if (typeof t !== 'number' || typeof d !== 'number' || !finite(t) || !finite(d)) return null;
  if (id !== null && (typeof id !== 'string' || !VIDEO_ID.test(id))) return null;
  return { videoId: id, time: t, duration: d };
}
