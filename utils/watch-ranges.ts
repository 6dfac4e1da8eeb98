/**
 * Watched time as half-open second ranges `[from, to)`: which parts of a video a learner has seen.
 * Kept merged (sorted, disjoint, non-touching) so that storage stays small however often the player reports.
 */

export type WatchRange = [from: number, to: number];
type Ranges = readonly (readonly [number, number])[];

const isUsable = ([from, to]: readonly [number, number]): boolean =>
  Number.isFinite(from) && Number.isFinite(to) && to > from;

/** Sorts and joins ranges that overlap or touch; empty, reversed and non-finite ranges cover nothing and go. */
export function mergeRanges(ranges: Ranges): WatchRange[] {
  const sorted = ranges.filter(isUsable).map(([from, to]): WatchRange => [from, to]);
  sorted.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: WatchRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

export function addRange(ranges: Ranges, range: readonly [number, number]): WatchRange[] {
  return mergeRanges([...ranges, range]);
}

export function watchedSeconds(ranges: Ranges): number {
  return mergeRanges(ranges).reduce((sum, [from, to]) => sum + (to - from), 0);
}

/** Share of `[0, duration)` covered, between 0 and 1; time past the end (or before 0) does not count. */
export function fractionWatched(ranges: Ranges, duration: number): number {
  if (!Number.isFinite(duration) || duration <= 0) return 0;
  const clipped = ranges.map(([from, to]): WatchRange => [Math.max(0, from), Math.min(duration, to)]);
  return Math.min(1, watchedSeconds(clipped) / duration);
}
