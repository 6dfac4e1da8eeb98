/**
 * Keeps writes to storage.sync well inside the browser's rate limits (120 a minute, 1,800 an hour): passes
 * that write are at least MIN_WRITE_GAP_MS apart (two calls at most each: set, then remove), and a sliding
 * window holds each limit to half, so that another Margin view or a burst never meets the real one.
 */
import { SYNC_QUOTA } from './sync-pack';

export const MIN_WRITE_GAP_MS = 10_000;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const PER_MINUTE = SYNC_QUOTA.writesPerMinute / 2;
const PER_HOUR = SYNC_QUOTA.writesPerHour / 2;

/** The earliest time (≥ now) at which `calls` more writes keep within the limits, given the past writes. */
export function nextWriteAt(writes: readonly number[], now: number, calls: number): number {
  let at = now;
  const last = writes.at(-1);
  if (last !== undefined && last <= now) at = Math.max(at, last + MIN_WRITE_GAP_MS);
  const wait = (window: number, limit: number) => {
    const recent = writes.filter((time) => time > at - window).sort((a, b) => a - b);
    // Wait until enough of the window's writes have left it.
    const excess = recent.length + calls - limit;
    if (excess > 0) at = Math.max(at, recent[excess - 1]! + window);
  };
  wait(MINUTE, PER_MINUTE);
  wait(HOUR, PER_HOUR);
  return at;
}

/** The writes still worth remembering (the last hour's). */
export const recentWrites = (writes: readonly number[], now: number): number[] => writes.filter((time) => time > now - HOUR);
