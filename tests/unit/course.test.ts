import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { courseState, courseSummary, FINISHED_SHARE } from '@/utils/course';
import type { Progress } from '@/utils/progress';
import { SERIES_OUTLINE } from '@/utils/series-outline';
import type { SeriesVideoId } from '@/utils/series-ids';

const video = (order: number) => SERIES_OUTLINE[order - 1]!;
function watched(order: number, share: number, lastPosition: number, updatedAt: number): Progress {
  const { videoId, durationSeconds } = video(order);
  return { videoId: videoId as SeriesVideoId, watched: share > 0 ? [[0, Math.round(share * durationSeconds)]] : [], lastPosition, updatedAt };
}

describe('the series as one course', () => {
  it('starts a new learner at chapter 1, from its start', () => {
    const course = courseState(SERIES_OUTLINE, []);
    expect(course.fresh).toBe(true);
    expect(course.next?.video.order).toBe(1);
    expect(course.next?.resumeAt).toBe(0);
    expect(courseSummary(course)).toBe('Chapter 1 of 9 · 0 finished');
  });

  it('continues the chapter last watched, at its last position, while it is not finished', () => {
    const course = courseState(SERIES_OUTLINE, [watched(1, 1, 1000, 1), watched(2, 1, 900, 2), watched(3, 0.4, 530.6, 3)]);
    expect(course.next?.video.order).toBe(3);
    expect(course.next?.resumeAt).toBe(530);
    expect(course.finishedCount).toBe(2);
    expect(courseSummary(course)).toBe('Chapter 3 of 9 · 2 finished');
  });

  it('moves on to the next unfinished chapter once the last one watched is finished, wrapping around to skipped ones', () => {
    const course = courseState(SERIES_OUTLINE, [watched(2, 0.3, 100, 1), watched(9, 0.95, 60, 5)]);
    expect(course.chapters.map((c) => c.finished)).toEqual([false, false, false, false, false, false, false, false, true]);
    expect(course.next?.video.order).toBe(1);
    const middle = courseState(SERIES_OUTLINE, [watched(4, 1, 12, 9), watched(5, 1, 12, 3)]);
    expect(middle.next?.video.order).toBe(6);
    expect(middle.next?.resumeAt).toBe(0);
  });

  it(`counts a chapter finished at ${FINISHED_SHARE * 100} % watched, not before`, () => {
    expect(courseState(SERIES_OUTLINE, [watched(1, 0.89, 10, 1)]).chapters[0]!.finished).toBe(false);
    expect(courseState(SERIES_OUTLINE, [watched(1, 0.91, 10, 1)]).chapters[0]!.finished).toBe(true);
  });

  it('resumes from the start when the learner stopped in the last half minute', () => {
    const { durationSeconds } = video(1);
    expect(courseState(SERIES_OUTLINE, [watched(1, 0.5, durationSeconds - 10, 1)]).next?.resumeAt).toBe(0);
  });

  it('says when every chapter is finished', () => {
    const course = courseState(SERIES_OUTLINE, SERIES_OUTLINE.map((v) => watched(v.order, 1, 0, v.order)));
    expect(course.next).toBeNull();
    expect(courseSummary(course)).toBe('All 9 chapters finished');
  });

  it('always points Continue at an unfinished chapter, and only once nothing is left says none', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ order: fc.integer({ min: 1, max: 9 }), share: fc.double({ min: 0, max: 1, noNaN: true }), at: fc.nat() }), { maxLength: 12 }),
        (visits) => {
          const course = courseState(SERIES_OUTLINE, visits.map((v) => watched(v.order, v.share, 5, v.at)));
          if (course.next) expect(course.next.finished).toBe(false);
          else expect(course.finishedCount).toBe(9);
          expect(course.finishedCount).toBe(course.chapters.filter((c) => c.share >= FINISHED_SHARE).length);
        },
      ),
    );
  });
});
