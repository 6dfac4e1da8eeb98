import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordVisit } from '@/utils/progress';
import { addRange, fractionWatched, mergeRanges, watchedSeconds, type WatchRange } from '@/utils/watch-ranges';

describe('mergeRanges', () => {
  it.each<[string, [number, number][], WatchRange[]]>([
    ['nothing watched', [], []],
    ['one range', [[10, 20]], [[10, 20]]],
    ['out of order', [[30, 40], [0, 5]], [[0, 5], [30, 40]]],
    ['overlapping', [[0, 10], [5, 15]], [[0, 15]]],
    ['touching ranges join', [[0, 10], [10, 20]], [[0, 20]]],
    ['one inside another', [[0, 100], [20, 30]], [[0, 100]]],
    ['a gap stays a gap', [[0, 10], [11, 20]], [[0, 10], [11, 20]]],
    ['empty and reversed ranges cover nothing', [[5, 5], [9, 3]], []],
    ['non-finite ranges are dropped', [[Number.NaN, 4], [0, Number.POSITIVE_INFINITY], [1, 2]], [[1, 2]]],
    ['many small reports become one', [[0, 1], [1, 2], [2, 3], [3, 4]], [[0, 4]]],
  ])('%s', (_name, input, merged) => {
    expect(mergeRanges(input)).toEqual(merged);
  });

  it('does not change the ranges it was given', () => {
    const input: WatchRange[] = [[5, 10], [0, 6]];
    mergeRanges(input);
    expect(input).toEqual([[5, 10], [0, 6]]);
  });
});

const rangeArb = fc
  .tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 60 }))
  .map(([from, length]): [number, number] => [from, from + length]);

const secondsCovered = (ranges: readonly (readonly [number, number])[]) => {
  const seconds = new Set<number>();
  for (const [from, to] of ranges) for (let s = from; s < to; s += 1) seconds.add(s);
  return seconds;
};

describe('mergeRanges properties', () => {
  it('gives sorted, disjoint, non-touching ranges covering exactly the same seconds', () => {
    fc.assert(
      fc.property(fc.array(rangeArb, { maxLength: 30 }), (ranges) => {
        const merged = mergeRanges(ranges);
        merged.forEach(([from, to], i) => {
          expect(to).toBeGreaterThan(from);
          const next = merged[i + 1];
          if (next) expect(next[0]).toBeGreaterThan(to);
        });
        expect(secondsCovered(merged)).toEqual(secondsCovered(ranges));
        expect(watchedSeconds(ranges)).toBe(secondsCovered(ranges).size);
      }),
    );
  });

  it('does not depend on the order ranges were reported in, and adding one at a time gives the same', () => {
    fc.assert(
      fc.property(fc.array(rangeArb, { maxLength: 20 }), (ranges) => {
        const oneByOne = ranges.reduce<WatchRange[]>((acc, range) => addRange(acc, range), []);
        expect(oneByOne).toEqual(mergeRanges(ranges));
        expect(mergeRanges([...ranges].reverse())).toEqual(mergeRanges(ranges));
      }),
    );
  });
});

describe('fractionWatched', () => {
  it.each<[string, [number, number][], number, number]>([
    ['nothing', [], 600, 0],
    ['half', [[0, 300]], 600, 0.5],
    ['rewatching counts once', [[0, 300], [100, 300]], 600, 0.5],
    ['time past the end does not count', [[500, 900]], 600, 100 / 600],
    ['never above 1', [[0, 1000]], 600, 1],
    ['unknown duration', [[0, 10]], 0, 0],
    ['NaN duration', [[0, 10]], Number.NaN, 0],
  ])('%s', (_name, ranges, duration, fraction) => {
    expect(fractionWatched(ranges, duration)).toBeCloseTo(fraction, 10);
  });
});

describe('recordVisit', () => {
  it('adds the stretch in whole seconds to what was watched and moves the last position', () => {
    const first = recordVisit(undefined, { videoId: 'aircAruvnKk', from: 10.2, to: 19.6, position: 19.6 }, 1000);
    expect(first).toEqual({ videoId: 'aircAruvnKk', watched: [[10, 20]], lastPosition: 19.6, updatedAt: 1000 });
    const second = recordVisit(first, { videoId: 'aircAruvnKk', from: 19.6, to: 30, position: 30 }, 2000);
    expect(second.watched).toEqual([[10, 30]]);
    expect(second.lastPosition).toBe(30);
  });

  it('a seek back keeps both stretches', () => {
    const first = recordVisit(undefined, { videoId: 'aircAruvnKk', from: 100, to: 200, position: 200 }, 1);
    const second = recordVisit(first, { videoId: 'aircAruvnKk', from: 0, to: 50, position: 50 }, 2);
    expect(second.watched).toEqual([[0, 50], [100, 200]]);
    expect(second.lastPosition).toBe(50);
  });
});
