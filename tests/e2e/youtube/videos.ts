/**
 * The videos the imitation knows: the nine of the series with their real titles, durations and chapters
 * (read from the extension's own catalog files, so the player's duration matches the lesson), a few others,
 * and a made-up one for any other 11-character id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VideoData } from './page-data';
import { ROOT } from '../setup/paths';

interface CatalogFile {
  order: number;
  videoId: string;
  title: string;
  durationSeconds: number;
  chapters: { start: number; title: string }[];
}

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const OTHER_DURATION = 212;

function mediaUrl(id: string): string {
  return `/videoplayback?v=${encodeURIComponent(id)}`;
}

function readSeries(): VideoData[] {
  const dir = join(ROOT, 'assets/series');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CatalogFile)
    .sort((a, b) => a.order - b.order)
    .map((file) => ({
      id: file.videoId,
      title: file.title,
      channel: '3Blue1Brown',
      durationSeconds: file.durationSeconds,
      chapters: file.chapters,
      mediaUrl: mediaUrl(file.videoId),
    }));
}

function other(id: string, title: string, channel: string): VideoData {
  return { id, title, channel, durationSeconds: OTHER_DURATION, chapters: [], mediaUrl: mediaUrl(id) };
}

export const SERIES_VIDEOS: readonly VideoData[] = readSeries();

export const OTHER_VIDEOS: readonly VideoData[] = [
  other('dQw4w9WgXcQ', 'Rick Astley - Never Gonna Give You Up (Official Video)', 'Rick Astley'),
  other('WUvTyaaNkzM', 'The essence of calculus', '3Blue1Brown'),
  other('fNk_zzaMoSs', 'Vectors | Chapter 1, Essence of linear algebra', '3Blue1Brown'),
];

const known = new Map([...SERIES_VIDEOS, ...OTHER_VIDEOS].map((video) => [video.id, video]));

export function isVideoId(id: string | null | undefined): id is string {
  return id != null && VIDEO_ID.test(id);
}

/** The video of any well-formed id; unknown ids get a generic title and length, like any upload would. */
export function videoById(id: string): VideoData {
  return known.get(id) ?? other(id, `Some other video (${id})`, 'Someone else');
}

export function allVideos(): VideoData[] {
  return [...known.values()];
}

/** The side column's list: the rest of the series first (next video on top), then the others. */
export function relatedTo(id: string): VideoData[] {
  const index = SERIES_VIDEOS.findIndex((video) => video.id === id);
  const series = index < 0 ? [...SERIES_VIDEOS] : [...SERIES_VIDEOS.slice(index + 1), ...SERIES_VIDEOS.slice(0, index)];
  return [...series, ...OTHER_VIDEOS.filter((video) => video.id !== id)];
}

/** Every media length the server may be asked for, so setup can prepare them all at once. */
export function mediaDurations(): number[] {
  return [...new Set([...known.values()].map((video) => video.durationSeconds))].sort((a, b) => a - b);
}
