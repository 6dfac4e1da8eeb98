import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncer } from '@/utils/debounce';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Keys typed every `everyMs` for `forMs`; returns the times (ms from the start) the draft was saved. */
function typing(everyMs: number, forMs: number, wait = 250, maxWait = 1000): number[] {
  const saved: number[] = [];
  const start = Date.now();
  const debouncer = createDebouncer(() => saved.push(Date.now() - start), wait, maxWait);
  for (let t = 0; t < forMs; t += everyMs) {
    debouncer.schedule();
    vi.advanceTimersByTime(everyMs);
  }
  vi.advanceTimersByTime(wait);
  return saved;
}

describe('createDebouncer', () => {
  it('saves once after a pause', () => {
    expect(typing(1000, 1000)).toEqual([250]);
  });

  it('typing without a pause still saves at least once a second, and once more at the end', () => {
    const saved = typing(100, 3500);
    expect(saved.slice(0, 3)).toEqual([1000, 2000, 3000]);
    expect(saved.at(-1)).toBe(3500 + 150);
    for (const [i, at] of saved.entries()) expect(at - (saved[i - 1] ?? 0)).toBeLessThanOrEqual(1000);
  });

  it('flush runs what is waiting at once, and only then; cancel forgets it', () => {
    const run = vi.fn();
    const debouncer = createDebouncer(run, 250, 1000);
    debouncer.flush();
    expect(run).not.toHaveBeenCalled();
    debouncer.schedule();
    expect(debouncer.pending).toBe(true);
    debouncer.flush();
    expect(run).toHaveBeenCalledTimes(1);
    debouncer.schedule();
    debouncer.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(debouncer.pending).toBe(false);
  });
});
