/**
 * The series as one course: which chapters are finished, where the learner is, and what "Continue" opens.
 * Pure: the pages and the panel pass in what the background stored.
 */
import type { Progress } from './progress';
import type { OutlineVideo } from './series-outline';
import { fractionWatched } from './watch-ranges';

/** A chapter counts as finished once this share of its lesson was watched. */
export const FINISHED_SHARE = 0.9;
/** A stop this close to the end (seconds) resumes from the start: the learner saw the whole lesson. */
const END_MARGIN = 30;

export interface ChapterState {
  video: OutlineVideo;
  /** Share watched, 0 to 1. */
  share: number;
  finished: boolean;
  /** Where Continue opens this chapter, in seconds (0 for its start). */
  resumeAt: number;
}

export interface Course {
  chapters: ChapterState[];
  finishedCount: number;
  /** The chapter the learner is on: the next unfinished one from where they last watched; null once all are finished. */
  next: ChapterState | null;
  /** True before anything was watched. */
  fresh: boolean;
}

export function courseState(outline: readonly OutlineVideo[], progress: readonly Progress[]): Course {
  const byVideo = new Map(progress.map((p) => [p.videoId as string, p]));
  const chapters = outline.map((video): ChapterState => {
    const record = byVideo.get(video.videoId);
    const share = fractionWatched(record?.watched ?? [], video.durationSeconds);
    const finished = share >= FINISHED_SHARE;
    const last = record?.lastPosition ?? 0;
    const resumeAt = !finished && last > 0 && last < video.durationSeconds - END_MARGIN ? Math.floor(last) : 0;
    return { video, share, finished, resumeAt };
  });
  // Where the learner was last: the chapter watched most recently.
  let latest = -1;
  let latestAt = -Infinity;
  chapters.forEach((chapter, i) => {
    const at = byVideo.get(chapter.video.videoId)?.updatedAt;
    if (at !== undefined && at > latestAt) {
      latestAt = at;
      latest = i;
    }
  });
  const start = Math.max(latest, 0);
  const order = [...chapters.slice(start), ...chapters.slice(0, start)];
  return {
    chapters,
    finishedCount: chapters.filter((chapter) => chapter.finished).length,
    next: order.find((chapter) => !chapter.finished) ?? null,
    fresh: latest < 0,
  };
}

/** "Chapter 3 of 9 · 2 finished", or "All 9 chapters finished". */
export function courseSummary(course: Course): string {
  const total = course.chapters.length;
  if (!course.next) return `All ${total} chapters finished`;
  return `Chapter ${course.next.video.order} of ${total} · ${course.finishedCount} finished`;
}
