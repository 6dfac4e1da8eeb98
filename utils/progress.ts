/** How far a learner got in one video: the seconds watched and where they stopped. */
import type { SeriesVideoId } from './series-ids';
import { addRange, type WatchRange } from './watch-ranges';

export interface Progress {
  videoId: SeriesVideoId;
  /** Merged whole-second ranges, `[from, to)`. */
  watched: WatchRange[];
  lastPosition: number;
  updatedAt: number;
}

export interface WatchVisit {
  videoId: SeriesVideoId;
  from: number;
  to: number;
  position: number;
}

/**
 * Adds one stretch of playback (the player reports it, ads already left out) to what was watched before.
 * Rounded to whole seconds so that many small reports merge into few ranges.
 */
export function recordVisit(previous: Progress | undefined, visit: WatchVisit, now: number): Progress {
  const range: WatchRange = [Math.round(visit.from), Math.round(visit.to)];
  return {
    videoId: visit.videoId,
    watched: addRange(previous?.watched ?? [], range),
    lastPosition: visit.position,
    updatedAt: now,
  };
}
