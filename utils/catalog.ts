/**
 * The series catalog's shape (the nine videos' chapters and glossaries, assets/series/<videoId>.json) and pure
 * lookups on it. The data itself is in series-data.ts, for the background and Margin's pages; the panel asks the
 * background for the one lesson it shows (`catalog/get`), so its script carries no catalog
 * (tests/e2e/bundle.e2e.ts checks it).
 */
import type { SeriesVideoId } from './series-ids';

export interface Chapter {
  /** Second of the video where the chapter (key moment) starts. */
  start: number;
  title: string;
}

export interface GlossaryEntry {
  /** Unique across the series: `c<order>-<slug>`, e.g. `c2-gradient`. The same slug in two videos is one idea. */
  id: string;
  term: string;
  /** Other spellings and plurals, used to find the term in captions and by the filter. */
  aliases: string[];
  /** One to three sentences of Margin's own. */
  definition: string;
  /** Second at which this video introduces or explains the term. */
  t: number;
  /** Ids of related entries, in this video or another. */
  related: string[];
  /** True where no captions exist and `t` is the start of the chapter that explains the term. */
  approximate?: boolean;
}

export interface SeriesVideo {
  order: number;
  videoId: SeriesVideoId;
  title: string;
  durationSeconds: number;
  /** The published length is not known exactly; the player's own duration wins at run time. */
  durationIsLowerBound: boolean;
  /** `creator`: the chapter list from the video's description; `margin`: key moments we placed ourselves. */
  chaptersSource: 'creator' | 'margin';
  chapters: Chapter[];
  glossary: GlossaryEntry[];
}

/**
 * Index of the last item whose start is at or before `t` (binary search over items sorted by start),
 * or -1 when `t` comes before the first item.
 */
export function findActiveIndex<T>(items: readonly T[], t: number, startOf: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (startOf(items[mid]!) <= t) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

export function findActiveChapter(video: SeriesVideo, t: number): number {
  return findActiveIndex(video.chapters, t, (chapter) => chapter.start);
}

/** Glossary entries ordered by the second they are explained (the panel's order). */
export function glossaryInOrder(video: SeriesVideo): GlossaryEntry[] {
  return [...video.glossary].sort((a, b) => a.t - b.t || a.term.localeCompare(b.term));
}
