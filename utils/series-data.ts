/**
 * The nine videos' catalogs as bundled data, for the background (which hands the panel one lesson at a time)
 * and Margin's pages. Not for the panel: importing this puts the whole catalog in a script.
 */
import type { SeriesVideo } from './catalog';

const files = import.meta.glob<SeriesVideo>('../assets/series/*.json', { eager: true, import: 'default' });

/** The nine videos in series order. */
export const SERIES: readonly SeriesVideo[] = Object.values(files).sort((a, b) => a.order - b.order);

const byId = new Map<string, SeriesVideo>(SERIES.map((video) => [video.videoId, video]));

export function getSeriesVideo(videoId: string): SeriesVideo | undefined {
  return byId.get(videoId);
}
