/**
 * The nine video ids of the series, in order. This is all the always-loaded content script knows about the
 * catalog: the titles, chapters and glossary load with the panel. tests/catalog.test.ts keeps it in step
 * with assets/series/.
 */
export const SERIES_VIDEO_IDS = [
  'aircAruvnKk',
  'IHZwWFHWa-w',
  'Ilg3gGewQ5U',
  'tIeHLnjs5U8',
  'LPZh9BOjkQs',
  'wjZofJX0v4M',
  'eMlx5fFNoYc',
  '9-Jl0dxWQs8',
  'iv-5mZ_9CPY',
] as const;

export type SeriesVideoId = (typeof SERIES_VIDEO_IDS)[number];

export function isSeriesVideoId(id: string | null | undefined): id is SeriesVideoId {
  return (SERIES_VIDEO_IDS as readonly string[]).includes(id ?? '');
}
