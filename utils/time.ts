/** Formats and reads the clock times a learner sees: `2:42`, `1:02:03`. */

/** Whole seconds → `M:SS` or `H:MM:SS`, as YouTube writes them. Negative or non-finite input reads as 0:00. */
export function formatTime(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** `2:42` → 162, `1:02:03` → 3723; minutes and seconds must be below 60 where a larger unit stands before them. */
export function parseClockTime(text: string): number | undefined {
  const match = /^(?:(\d{1,2}):)?(\d{1,3}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [, h, m = '0', s = '0'] = match;
  const minutes = Number(m);
  const secs = Number(s);
  if (secs > 59 || (h !== undefined && minutes > 59)) return undefined;
  return Number(h ?? 0) * 3600 + minutes * 60 + secs;
}
