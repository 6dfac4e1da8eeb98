import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getSeriesVideo } from '@/utils/series-data';
import {
  labelLeft,
  layoutMarkers,
  lessonBarMarkers,
  markersUnderPointer,
  nearestMarker,
  shortLabel,
  type BarMarker,
  type BarSegment,
} from '@/utils/marker-layout';

const moment = (t: number, label = `m${t}`): BarMarker => ({ t, kind: 'moment', label });
const note = (t: number, label = `n${t}`): BarMarker => ({ t, kind: 'note', label });

/** Chapters the way YouTube draws them: proportional widths with a gap after each but the last. */
function chapterSegments(starts: number[], duration: number, barWidth: number, gap: number): BarSegment[] {
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? duration;
    const left = (start / duration) * barWidth;
    const right = (end / duration) * barWidth - (i < starts.length - 1 ? gap : 0);
    return { left, width: right - left };
  });
}

describe('layoutMarkers', () => {
  it.each([
    // [t, duration, width, x]
    [0, 100, 1000, 0],
    [50, 100, 1000, 500],
    [100, 100, 1000, 1000],
    [162, 1140, 800, (162 / 1140) * 800],
  ])('with no chapters, t=%s of %s on %spx sits at %s', (t, duration, width, x) => {
    expect(layoutMarkers([moment(t)], duration, width, [])).toEqual([{ marker: moment(t), x }]);
  });

  it.each([
    ['negative time', -1],
    ['past the end', 100.5],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('drops a marker with %s', (_name, t) => {
    expect(layoutMarkers([moment(t), moment(10)], 100, 1000, [])).toEqual([{ marker: moment(10), x: 100 }]);
  });

  it.each([
    ['no duration yet', Number.NaN, 1000],
    ['zero duration', 0, 1000],
    ['live stream (infinite duration)', Number.POSITIVE_INFINITY, 1000],
    ['a hidden bar', 100, 0],
  ])('places nothing with %s', (_name, duration, width) => {
    expect(layoutMarkers([moment(10)], duration, width, [])).toEqual([]);
  });

  // Three chapters 0-40, 40-70, 70-100 on a 1000px bar with 2px gaps: [0,398], [400,698], [700,1000].
  const segments = chapterSegments([0, 40, 70], 100, 1000, 2);
  it.each([
    ['inside a segment stays', 20, 200],
    ['at the very start moves inside by the inset', 0, 1],
    ['at the very end moves inside by the inset', 100, 999],
    ['at a chapter start goes into that chapter', 40, 401],
    ['in a gap goes to the nearer segment (left)', 39.81, 397],
    ['in a gap goes to the nearer segment (right)', 39.95, 401],
    ['at the edge of a segment moves inside', 39.8, 397],
  ])('a tick %s', (_name, t, x) => {
    const [placed] = layoutMarkers([moment(t)], 100, 1000, segments);
    expect(placed?.x).toBeCloseTo(x, 6);
  });

  it('puts a tick at the centre of a segment narrower than a tick', () => {
    expect(layoutMarkers([moment(45)], 100, 1000, [{ left: 0, width: 300 }, { left: 700, width: 1 }])[0]?.x).toBe(300 - 1);
    expect(layoutMarkers([moment(90)], 100, 1000, [{ left: 0, width: 300 }, { left: 700, width: 1 }])[0]?.x).toBe(700.5);
  });

  it('ignores empty or broken segments and accepts them in any order', () => {
    const messy = [{ left: 700, width: 300 }, { left: 100, width: 0 }, { left: Number.NaN, width: 5 }, { left: 0, width: 300 }];
    expect(layoutMarkers([moment(40)], 100, 1000, messy)[0]?.x).toBe(299);
    expect(layoutMarkers([moment(60)], 100, 1000, messy)[0]?.x).toBe(701);
  });

  const barWidth = fc.double({ min: 50, max: 4000, noNaN: true });
  const duration = fc.double({ min: 1, max: 20_000, noNaN: true });
  const kind = fc.constantFrom<BarMarker['kind']>('note', 'moment', 'term');
  const fractions = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 });
  /** Chapters as YouTube lays them out: sorted starts from 0, widths proportional, 0-4px gaps between them. */
  const chaptered = fc
    .tuple(duration, barWidth, fc.array(fc.double({ min: 0.01, max: 0.9, noNaN: true }), { maxLength: 12 }), fc.double({ min: 0, max: 4, noNaN: true }))
    .map(([d, w, cuts, gap]) => {
      const starts = [0, ...[...new Set(cuts)].sort((a, b) => a - b).map((c) => c * d)];
      // Segments must stay wider than the gap for the picture to be YouTube's; drop starts that are too close.
      const spaced = starts.filter((s, i) => i === 0 || ((s - starts[i - 1]!) / d) * w > gap + 2);
      return { d, w, segments: chapterSegments(spaced, d, w, gap) };
    });

  it('without chapters, x is t / duration × width, within the bar', () => {
    fc.assert(
      fc.property(duration, barWidth, fractions, kind, (d, w, fs, k) => {
        const markers = fs.map((f) => ({ t: f * d, kind: k, label: '' }));
        const placed = layoutMarkers(markers, d, w, []);
        expect(placed).toHaveLength(markers.length);
        placed.forEach((p, i) => {
          expect(p.marker).toBe(markers[i]);
          expect(p.x).toBeCloseTo((markers[i]!.t / d) * w, 6);
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThanOrEqual(w);
        });
      }),
    );
  });

  it('with chapters, every tick lies inside a segment, near where time puts it, and in time order', () => {
    fc.assert(
      fc.property(chaptered, fractions, ({ d, w, segments }, fs) => {
        const markers = fs.map((f) => moment(f * d));
        const placed = layoutMarkers(markers, d, w, segments);
        expect(placed).toHaveLength(markers.length);
        for (const p of placed) {
          const plain = (p.marker.t / d) * w;
          expect(segments.some((s) => p.x >= s.left + 1 - 1e-9 && p.x <= s.left + s.width - 1 + 1e-9)).toBe(true);
          // Moved at most out of half a gap (4px at most) and then the inset (1px) inside.
          expect(Math.abs(p.x - plain)).toBeLessThanOrEqual(2 + 1 + 1e-6);
        }
        const byTime = [...placed].sort((a, b) => a.marker.t - b.marker.t);
        byTime.forEach((p, i) => i > 0 && expect(p.x).toBeGreaterThanOrEqual(byTime[i - 1]!.x - 1e-9));
      }),
    );
  });
});

describe('nearestMarker', () => {
  it.each([
    [[100, 200, 300], 203, 6, 1],
    [[100, 200, 300], 206, 6, 1],
    [[100, 200, 300], 207, 6, -1],
    [[100, 200, 300], 150, 6, -1],
    [[100, 104], 102, 6, 0],
    [[100, 104], 103, 6, 1],
    [[], 0, 6, -1],
  ])('in %j, pointer at %s within %spx picks %s', (xs, pointer, tolerance, index) => {
    expect(nearestMarker(xs, pointer, tolerance)).toBe(index);
  });

  it('picks a tick within tolerance and none closer exists', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 2000, noNaN: true })), fc.double({ min: 0, max: 2000, noNaN: true }), (xs, pointer) => {
        const index = nearestMarker(xs, pointer, 6);
        const distances = xs.map((x) => Math.abs(x - pointer));
        if (index < 0) expect(distances.every((d) => d > 6)).toBe(true);
        else {
          expect(distances[index]).toBeLessThanOrEqual(6);
          expect(distances.every((d) => d >= distances[index]!)).toBe(true);
        }
      }),
    );
  });
});

describe('markersUnderPointer', () => {
  it('shows every tick drawn at the same place, key moments first', () => {
    const placed = [
      { marker: note(40), x: 400 },
      { marker: moment(40), x: 401 },
      { marker: { t: 41, kind: 'term', label: 'weights' } as BarMarker, x: 402 },
      { marker: note(45), x: 450 },
    ];
    expect(markersUnderPointer(placed, 399, 6).map((p) => p.marker.label)).toEqual(['m40', 'weights', 'n40']);
    expect(markersUnderPointer(placed, 452, 6).map((p) => p.marker.label)).toEqual(['n45']);
    expect(markersUnderPointer(placed, 425, 6)).toEqual([]);
  });
});

describe('shortLabel', () => {
  it.each([
    ['What are neurons?', 'What are neurons?'],
    ['  two\nlines\t here ', 'two lines here'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    [
      'Gradient descent is just walking downhill on the cost surface, one small step at a time',
      'Gradient descent is just walking downhill on the cost…',
    ],
    ['x'.repeat(100), `${'x'.repeat(59)}…`],
  ])('%j reads %j', (text, label) => {
    expect(shortLabel(text)).toBe(label);
  });

  it('never exceeds the limit and never splits an emoji', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const label = shortLabel(text);
        expect(Array.from(label).length).toBeLessThanOrEqual(60);
        expect(label).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
    );
  });
});

describe('labelLeft', () => {
  it.each([
    [500, 100, 1000, 450],
    [10, 100, 1000, 0],
    [995, 100, 1000, 900],
    [50, 2000, 1000, 0],
  ])('a label at %s, %spx wide, on a %spx bar starts at %s', (x, width, bar, left) => {
    expect(labelLeft(x, width, bar)).toBe(left);
  });
});

describe('lessonBarMarkers', () => {
  const video = {
    chapters: [{ start: 0, title: 'Intro' }, { start: 162, title: 'What are neurons?' }],
    glossary: [{ id: 'c1-neuron', term: 'neuron', aliases: [], definition: '', t: 170, related: [] }],
  };
  const notes = [
    { t: 200, text: '<img src=x onerror=alert(1)>' },
    { t: 210, text: 'gone', deletedAt: 5 },
    { t: 225, text: '   ' },
  ];

  it('gives key moments and live notes, with terms only when asked for', () => {
    expect(lessonBarMarkers(video, notes)).toEqual([
      { t: 0, kind: 'moment', label: 'Intro' },
      { t: 162, kind: 'moment', label: 'What are neurons?' },
      { t: 200, kind: 'note', label: '<img src=x onerror=alert(1)>' },
      { t: 225, kind: 'note', label: 'Note at 3:45' },
    ]);
    expect(lessonBarMarkers(video, [], { terms: true })).toContainEqual({ t: 170, kind: 'term', label: 'neuron' });
  });

  it('gives a tick for every key moment of a real lesson', () => {
    const lesson = getSeriesVideo('aircAruvnKk')!;
    const markers = lessonBarMarkers(lesson, []);
    expect(markers).toHaveLength(lesson.chapters.length);
    expect(layoutMarkers(markers, lesson.durationSeconds, 800, [])).toHaveLength(lesson.chapters.length);
  });
});
