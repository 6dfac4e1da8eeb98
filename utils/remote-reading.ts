/**
 * The lesson page's clock between two reports of the embed frame (utils/embed-reading-gate.ts): a playing lesson
 * moves on at one second a second from its last reading, for a little while (a report that does not come means
 * the embed stalled or went away, and the time should stop rather than run on). Pure.
 */
import type { EmbedReading } from './embed-relay';

/** At most this much time is added to a reading (steady playback is reported about once a second). */
export const MAX_CARRY_S = 2;

export function carriedTime(reading: EmbedReading, receivedAt: number, now: number): number | null {
  if (reading.t === null) return null;
  if (!reading.playing) return reading.t;
  const t = reading.t + Math.min(Math.max(0, (now - receivedAt) / 1000), MAX_CARRY_S);
  return reading.d !== null ? Math.min(t, reading.d) : t;
}
