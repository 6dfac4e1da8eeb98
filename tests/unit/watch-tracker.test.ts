import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_STEP_S, createWatchTracker, type PlayerReading, type Stretch } from '@/utils/watch-tracker';

function run(readings: PlayerReading[]): Stretch[] {
  const tracker = createWatchTracker();
  const stretches: Stretch[] = [];
  for (const reading of readings) {
    const done = tracker.observe(reading);
    if (done) stretches.push(done);
  }
  const last = tracker.flush();
  if (last) stretches.push(last);
  return stretches;
}
const playing = (t: number): PlayerReading => ({ t, playing: true });

describe('watch tracker', () => {
  it('counts steady playback as one stretch', () => {
    expect(run([0, 0.25, 0.5, 1, 1.5, 2, 3].map(playing))).toEqual([{ from: 0, to: 3 }]);
  });
  it('does not count what a seek skipped', () => {
    expect(run([10, 11, 12, 300, 301, 302].map(playing))).toEqual([{ from: 10, to: 12 }, { from: 300, to: 302 }]);
  });
  it('does not count a seek backwards twice', () => {
    expect(run([50, 51, 52, 40, 41].map(playing))).toEqual([{ from: 50, to: 52 }, { from: 40, to: 41 }]);
  });
  it('leaves ad time out and resumes after it', () => {
    const readings = [playing(100), playing(101), { t: null, playing: true }, { t: null, playing: true }, playing(101), playing(102)];
    expect(run(readings)).toEqual([{ from: 100, to: 101 }, { from: 101, to: 102 }]);
  });
  it('ends a stretch on pause', () => {
    expect(run([playing(5), playing(6), { t: 6, playing: false }, playing(6), playing(7)])).toEqual([
      { from: 5, to: 6 },
      { from: 6, to: 7 },
    ]);
  });
  it('counts playback up to the second it was paused at, not only to the reading before', () => {
    expect(run([playing(518), playing(519), playing(520), { t: 521.02, playing: false }])).toEqual([{ from: 518, to: 521.02 }]);
    // A pause read far from the stretch (a seek while paused) does not stretch it.
    expect(run([playing(518), playing(519), { t: 600, playing: false }])).toEqual([{ from: 518, to: 519 }]);
  });
  it('never reports a stretch of no time', () => {
    expect(run([playing(5), { t: 5, playing: false }])).toEqual([]);
  });
  it('reports only forward stretches made of readings it saw, never longer than the steps allow', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ t: fc.option(fc.double({ min: 0, max: 2000, noNaN: true })), playing: fc.boolean() })), (readings) => {
        const seen = readings.flatMap((reading) => (reading.t === null ? [] : [reading.t]));
        for (const { from, to } of run(readings)) {
          expect(to).toBeGreaterThan(from);
          expect(seen).toContain(from);
          expect(seen).toContain(to);
        }
        const total = run(readings).reduce((sum, { from, to }) => sum + to - from, 0);
        expect(total).toBeLessThanOrEqual(readings.length * MAX_STEP_S);
      }),
    );
  });
});
