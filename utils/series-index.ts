/**
 * The series in brief: for each video its order, title and length, and its glossary terms' ids, names and
 * seconds. This is what the panel needs of the other eight lessons (the header's "Chapter N of 9", previous and
 * next, the glossary's cross-chapter links); each lesson's full catalog (chapters, definitions) is loaded only
 * for the lesson on screen. Pure.
 */
import type { SeriesVideo } from './catalog';
import type { SeriesVideoId } from './series-ids';

export interface IndexedTerm {
  id: string;
  term: string;
  t: number;
}

export interface IndexedVideo {
  order: number;
  videoId: SeriesVideoId;
  title: string;
  durationSeconds: number;
  glossary: readonly IndexedTerm[];
}

/** The nine videos in series order. A full SeriesVideo[] is one too. */
export type SeriesIndex = readonly IndexedVideo[];

export function buildSeriesIndex(series: readonly SeriesVideo[]): SeriesIndex {
  return series.map(({ order, videoId, title, durationSeconds, glossary }) => ({
    order,
    videoId,
    title,
    durationSeconds,
    glossary: glossary.map(({ id, term, t }) => ({ id, term, t })),
  }));
}

export function seriesNeighbours<V extends IndexedVideo>(series: readonly V[], videoId: string): { previous?: V; next?: V } {
  const index = series.findIndex((video) => video.videoId === videoId);
  if (index < 0) return {};
  return { previous: series[index - 1], next: series[index + 1] };
}
