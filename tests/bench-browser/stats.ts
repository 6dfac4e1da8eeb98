/** Small statistics for the browser benchmark: medians, 95th percentiles, frames at 60 Hz. */

/** One frame of a 60 Hz display, in milliseconds. */
export const FRAME_MS = 1000 / 60;

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

export const toFrames = (ms: number): number => ms / FRAME_MS;
