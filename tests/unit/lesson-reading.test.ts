/**
 * The lesson clock's decisions (utils/lesson-reading.ts): lesson time under stitched ads, with and without
 * YouTube's player API, seeks during and after an ad, the duration cross-check against the progress bar, and
 * the video-id gate that keeps the previous video's readings out of the next lesson.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBridgeAnswer, planSeek, readLesson, stitchedOffset, type RawReadings } from '@/utils/lesson-reading';
import { createMediaIdentity } from '@/utils/media-identity';

const LESSON = 'aircAruvnKk';
const PREVIOUS = 'IHZwWFHWa-w';
const LENGTH = 1119; // the lesson's length in seconds
const AD = 15; // a stitched pre-roll

/** A tab showing the lesson, confirmed, with the ad already over; each test changes what it is about. */
function raw(change: Partial<RawReadings> = {}): RawReadings {
  return {
    expected: LESSON,
    api: null,
    video: { time: 100, duration: LENGTH },
    bar: { max: LENGTH, now: 100 },
    adShowing: false,
    pageVideoId: LESSON,
    mediaVideoId: LESSON,
    ...change,
  };
}

describe('lesson time from the <video> element (no player API)', () => {
  it.each([
    // [what, element time, element duration, bar max, lesson time, lesson duration]
    ['no ad: the element is the lesson', 518, LENGTH, LENGTH, 518, LENGTH],
    ['a 15 s stitched pre-roll: the element runs 15 s ahead', 518 + AD, LENGTH + AD, LENGTH, 518, LENGTH],
    ['40 s of stitched ads (SponsorBlock #2035)', 40 + 60, LENGTH + 40, LENGTH, 60, LENGTH],
    ['bar and element round differently (2 s): no ad', 518, LENGTH + 2, LENGTH, 518, LENGTH + 2],
    ['a bar that says nothing yet (max 0)', 518, LENGTH, 0, 518, LENGTH],
  ])('%s', (_what, time, duration, max, lessonTime, lessonDuration) => {
    const reading = readLesson(raw({ video: { time, duration }, bar: { max, now: 0 } }));
    expect(reading.time).toBeCloseTo(lessonTime, 6);
    expect(reading.duration).toBeCloseTo(lessonDuration, 6);
    expect(reading.via).toBe('video');
  });

  it('has no lesson time while the ad shows, nor in the stitched ad before the lesson starts', () => {
    expect(readLesson(raw({ video: { time: 7, duration: LENGTH + AD }, adShowing: true })).time).toBeNull();
    // `ad-showing` already gone but the element still inside the ad's seconds: still not the lesson.
    expect(readLesson(raw({ video: { time: 7, duration: LENGTH + AD } })).time).toBeNull();
  });

  it('stitched ad or not, lesson time is the element time less the difference of the durations', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 120 }), fc.double({ min: 0, max: LENGTH, noNaN: true }), (ad, t) => {
        const reading = readLesson(raw({ video: { time: t + ad, duration: LENGTH + ad } }));
        expect(reading.time).toBeCloseTo(t, 6);
        expect(stitchedOffset({ duration: LENGTH + ad }, { max: LENGTH })).toBe(ad);
      }),
    );
  });
});

describe("lesson time from YouTube's player API", () => {
  const api = (time: number, duration = LENGTH, videoId: string | null = LESSON) => ({ videoId, time, duration });

  it("takes the API's lesson time, not the element's, after a stitched ad", () => {
    const reading = readLesson(raw({ api: api(518), video: { time: 518 + AD, duration: LENGTH + AD } }));
    expect(reading).toMatchObject({ time: 518, duration: LENGTH, via: 'api', offset: AD });
  });

  it('still says nothing while the ad shows, whatever the API answers', () => {
    expect(readLesson(raw({ api: api(0), adShowing: true, video: { time: 4, duration: LENGTH + AD } })).time).toBeNull();
  });

  it('falls back to the element when the API is missing or its answer is nonsense', () => {
    for (const answer of [null, api(Number.NaN), api(-5), api(5000), api(10, 0)]) {
      const reading = readLesson(raw({ api: answer, video: { time: 518 + AD, duration: LENGTH + AD } }));
      expect(reading).toMatchObject({ time: 518, via: 'video' });
    }
  });

  it('distrusts an API whose duration the progress bar contradicts (by more than 3 s)', () => {
    expect(readLesson(raw({ api: api(100, LENGTH + 2) })).via).toBe('api');
    const forged = readLesson(raw({ api: api(200, 3000), video: { time: 100, duration: LENGTH } }));
    expect(forged).toMatchObject({ via: 'video', time: 100, duration: LENGTH });
  });

  it('distrusts an API that puts the lesson ahead of the media holding it', () => {
    expect(readLesson(raw({ api: api(900), video: { time: 100, duration: LENGTH } })).time).toBe(100);
  });
});

describe('seeking', () => {
  it('goes through the API in lesson seconds, or to the element with the stitched ad added', () => {
    const withApi = readLesson(raw({ api: { videoId: LESSON, time: 518, duration: LENGTH }, video: { time: 533, duration: LENGTH + AD } }));
    expect(planSeek(withApi, 300)).toEqual({ via: 'api', to: 300 });
    const withoutApi = readLesson(raw({ video: { time: 533, duration: LENGTH + AD } }));
    expect(planSeek(withoutApi, 300)).toEqual({ via: 'video', to: 300 + AD });
  });

  it('refuses to seek in the middle of an ad (the jump would land in the ad, or move it)', () => {
    const midAd = readLesson(raw({ adShowing: true, video: { time: 6, duration: LENGTH + AD } }));
    expect(planSeek(midAd, 300)).toBeNull();
    const midAdApi = readLesson(raw({ adShowing: true, api: { videoId: LESSON, time: 0, duration: LENGTH } }));
    expect(planSeek(midAdApi, 300)).toBeNull();
  });

  it('keeps a seek inside the lesson', () => {
    const reading = readLesson(raw({ video: { time: 533, duration: LENGTH + AD } }));
    expect(planSeek(reading, -20)).toEqual({ via: 'video', to: AD });
    expect(planSeek(reading, 99_999)).toEqual({ via: 'video', to: LENGTH + AD });
  });
});

describe('the video-id gate (the previous video may play on after the address changed)', () => {
  it("counts the API's readings only once it reports the expected video", () => {
    const old = readLesson(raw({ api: { videoId: PREVIOUS, time: 300, duration: LENGTH } }));
    expect(old).toMatchObject({ time: null, duration: null, confirmed: false });
    expect(planSeek(old, 10)).toBeNull();
    expect(readLesson(raw({ api: { videoId: LESSON, time: 3, duration: LENGTH } }))).toMatchObject({ time: 3, confirmed: true });
  });

  it('without the API, needs the watch page to show the lesson and its media to have loaded for it', () => {
    expect(readLesson(raw({ pageVideoId: PREVIOUS, mediaVideoId: PREVIOUS })).time).toBeNull();
    expect(readLesson(raw({ pageVideoId: LESSON, mediaVideoId: PREVIOUS })).time).toBeNull();
    expect(readLesson(raw({ pageVideoId: PREVIOUS, mediaVideoId: LESSON })).time).toBeNull();
    expect(readLesson(raw({ expected: null })).time).toBeNull();
    expect(readLesson(raw()).time).toBe(100);
  });
});

describe("the bridge's answer (the page can write it too)", () => {
  it.each([
    ['{"id":"aircAruvnKk","t":12.5,"d":1119}', { videoId: LESSON, time: 12.5, duration: 1119 }],
    ['{"id":null,"t":0,"d":212}', { videoId: null, time: 0, duration: 212 }],
  ])('reads %s', (text, expected) => {
    expect(parseBridgeAnswer(text)).toEqual(expected);
  });

  it.each([
    null,
    '',
    'not json',
    '[1,2]',
    '{"t":1,"d":2}',
    '{"id":"<img src=x>","t":1,"d":2}',
    '{"id":"aircAruvnKk","t":"1","d":2}',
    '{"id":"aircAruvnKk","t":1e999,"d":2}',
    `{"id":"aircAruvnKk","t":1,"d":2,"pad":"${'x'.repeat(300)}"}`,
  ])('refuses %s', (text) => {
    expect(parseBridgeAnswer(text)).toBeNull();
  });
});

describe("which video the media belongs to, without the API (the watch page's video-id and loadstart)", () => {
  type Step = ['start'] | ['load', string | null] | ['read', string | null, string | null];
  const run = (initial: string | null, steps: Step[]) => {
    const media = createMediaIdentity(initial);
    for (const step of steps) {
      if (step[0] === 'start') media.navigationStarted();
      else if (step[0] === 'load') media.mediaLoaded(step[1]);
      else expect(media.current(step[1]), JSON.stringify(step)).toBe(step[2]);
    }
  };

  it.each<[string, string | null, Step[]]>([
    ['the page and the media change in one task, the load event after', PREVIOUS, [
      ['start'], ['read', PREVIOUS, PREVIOUS], ['load', LESSON], ['read', LESSON, LESSON]]],
    ['the previous video plays on, the page still naming it (a media gap)', PREVIOUS, [
      ['start'], ['read', PREVIOUS, PREVIOUS], ['read', PREVIOUS, PREVIOUS], ['load', LESSON], ['read', LESSON, LESSON]]],
    ['the page names the new video before its media loads', PREVIOUS, [
      ['start'], ['read', LESSON, PREVIOUS], ['load', LESSON], ['read', LESSON, LESSON]]],
    ['the media loads before the page takes the new id', PREVIOUS, [
      ['start'], ['load', PREVIOUS], ['read', PREVIOUS, PREVIOUS], ['read', LESSON, LESSON]]],
    ['a navigation within the same video loads nothing', LESSON, [
      ['start'], ['read', LESSON, LESSON]]],
    ['the panel arrives while the page still shows another video', PREVIOUS, [
      ['read', LESSON, PREVIOUS], ['load', LESSON], ['read', LESSON, LESSON]]],
  ])('%s', (_what, initial, steps) => run(initial, steps));

  it('counts for the lesson only when page and media agree with the address', () => {
    // The media gap: the address says LESSON, the page and the media still PREVIOUS.
    expect(readLesson(raw({ pageVideoId: PREVIOUS, mediaVideoId: createMediaIdentity(PREVIOUS).current(PREVIOUS) })).time).toBeNull();
  });
});
