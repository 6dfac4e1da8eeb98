/**
 * How pushed changes (another tab's edits, an import's thousands) reach a view: a lone edit at once, a burst in one
 * render per frame, a hidden tab's by a timer, nothing after the view has gone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameBatch } from '@/components/frame-batch';

/** Animation frames the test runs by hand. */
let frames: Map<number, () => void>;
let nextFrame = 1;
const runFrame = () => {
  const callbacks = [...frames.values()];
  frames.clear();
  for (const callback of callbacks) callback();
};
const settle = () => Promise.resolve();

beforeEach(() => {
  vi.useFakeTimers();
  frames = new Map();
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
    frames.set(nextFrame, callback);
    return nextFrame++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('pushed changes handed to a view', () => {
  it('a lone change is handed over as soon as the task that brought it ends, before any frame', async () => {
    const delivered: number[][] = [];
    const batch = createFrameBatch<number>((items) => delivered.push(items));
    batch.push(1);
    expect(delivered).toEqual([]);
    await settle();
    expect(delivered).toEqual([[1]]);
    // Quiet for a frame: the next lone change goes at once too.
    runFrame();
    batch.push(2);
    await settle();
    expect(delivered).toEqual([[1], [2]]);
  });

  it('changes that arrive in one task go together', async () => {
    const delivered: number[][] = [];
    const batch = createFrameBatch<number>((items) => delivered.push(items));
    batch.push(1);
    batch.push(2);
    batch.push(3);
    await settle();
    expect(delivered).toEqual([[1, 2, 3]]);
  });

  it('a burst across many tasks costs one hand-over a frame, and nothing is dropped', async () => {
    const delivered: number[][] = [];
    const batch = createFrameBatch<number>((items) => delivered.push(items));
    let pushed = 0;
    for (let frame = 0; frame < 10; frame += 1) {
      for (let task = 0; task < 100; task += 1) {
        batch.push(pushed++);
        await settle();
      }
      runFrame();
    }
    runFrame();
    // The first change at once, then at most one hand-over per frame.
    expect(delivered.length).toBeLessThanOrEqual(11);
    expect(delivered.flat()).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('a hidden tab, which gets no frames, still gets what waits, within a quarter of a second', async () => {
    const delivered: number[][] = [];
    const batch = createFrameBatch<number>((items) => delivered.push(items));
    batch.push(1);
    await settle();
    batch.push(2);
    await settle();
    expect(delivered).toEqual([[1]]);
    vi.advanceTimersByTime(250);
    expect(delivered).toEqual([[1], [2]]);
  });

  it('hands over nothing once the view has gone', async () => {
    const delivered: number[][] = [];
    const batch = createFrameBatch<number>((items) => delivered.push(items));
    batch.push(1);
    batch.cancel();
    await settle();
    batch.push(2);
    await settle();
    batch.push(3);
    batch.cancel();
    runFrame();
    vi.advanceTimersByTime(1000);
    await settle();
    expect(delivered).toEqual([[2]]);
  });
});
