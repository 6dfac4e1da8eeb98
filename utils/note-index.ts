/** Indexes of the notebook: notes per chapter, tags with their counts, and the key moment a note falls in. Pure. */
import { findActiveChapter } from './catalog';
import { getSeriesVideo } from './series-data';
import type { Note } from './notes';
import { compareTerms } from './series-glossary';

/** Every tag used, with how many live notes carry it: the most used first, then A to Z. */
export function tagCounts(notes: readonly Note[]): [tag: string, count: number][] {
  const counts = new Map<string, number>();
  // A tag is counted once per note (a note's tags are kept without repeats; indexOf guards anyway, cheaper than a
  // Set per note over 10,000 notes).
  for (const note of notes) {
    note.tags.forEach((tag, i) => {
      if (note.tags.indexOf(tag) === i) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    });
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareTerms(a[0], b[0]));
}

/** The title of the key moment (chapter of the video) that second `t` of a series video falls in, if any. */
export function momentOf(videoId: string, t: number): string | undefined {
  const video = getSeriesVideo(videoId);
  if (!video) return undefined;
  return video.chapters[findActiveChapter(video, t)]?.title;
}
