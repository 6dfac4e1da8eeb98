/**
 * The instants Margin writes on notes (createdAt, updatedAt, deletedAt) and the ones it accepts from a file.
 * One rule for both ends, so that every stamp Margin writes is one its own importer accepts: an import refuses
 * stamps later than now plus FUTURE_MARGIN_MS, and a write never stamps later than that either.
 */

/**
 * How far ahead of this computer's clock a stamp may be. Another device's clock can be off by some hours; a
 * stamp further ahead would win every later merge against real edits, so it is refused.
 */
export const FUTURE_MARGIN_MS = 24 * 60 * 60 * 1000;

/** The latest stamp accepted (on import) or written (by an edit) at `now`. */
export const latestStamp = (now: number): number => now + FUTURE_MARGIN_MS;

/**
 * The stamp of the next change of a note last stamped `previous`: later than it, so that "newer" is well
 * defined even when the clock has not moved or stepped back, yet never past `latestStamp(now)`. Only a note
 * already stamped at that limit or beyond (a clock stepped back by more than the margin) gets the limit itself.
 */
export function nextStamp(previous: number, now: number): number {
  return Math.min(Math.max(now, previous + 1), latestStamp(now));
}
