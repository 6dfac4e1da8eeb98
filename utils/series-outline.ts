/**
 * The series in outline: order, id, title and length, for Margin's pages and the exporters. Read field by field
 * from the catalog's files, so a bundle using it holds only these fields, not the chapters and glossaries that
 * make up most of the catalog's weight (utils/catalog.ts keeps the full records, for the panel).
 */
import { SERIES_VIDEO_IDS, type SeriesVideoId } from './series-ids';

export interface OutlineVideo {
  order: number;
  videoId: SeriesVideoId;
  title: string;
  durationSeconds: number;
}

const titles = import.meta.glob<string>('../assets/series/*.json', { eager: true, import: 'title' });
const durations = import.meta.glob<number>('../assets/series/*.json', { eager: true, import: 'durationSeconds' });
const fileOf = (videoId: string) => `../assets/series/${videoId}.json`;

/** The nine videos in series order (tests/unit/catalog.test.ts keeps SERIES_VIDEO_IDS in that order). */
export const SERIES_OUTLINE: readonly OutlineVideo[] = SERIES_VIDEO_IDS.map((videoId, index) => ({
  order: index + 1,
  videoId,
  title: titles[fileOf(videoId)] ?? videoId,
  durationSeconds: durations[fileOf(videoId)] ?? 0,
}));
