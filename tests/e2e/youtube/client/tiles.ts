/** The video links YouTube repeats everywhere: thumbnails and titles, both `a.yt-simple-endpoint`. */
import type { VideoData } from '../page-data';
import { el, formatClock } from './dom';

export function watchUrl(video: VideoData, seconds?: number): string {
  return `/watch?v=${encodeURIComponent(video.id)}${seconds ? `&t=${seconds}s` : ''}`;
}

/** A hue per video, so thumbnails differ in screenshots without loading any image. */
function hue(id: string): number {
  let sum = 0;
  for (const char of id) sum = (sum * 31 + char.charCodeAt(0)) % 360;
  return sum;
}

export function thumbnail(video: VideoData): HTMLElement {
  return el(
    'ytd-thumbnail',
    { class: 'style-scope' },
    el(
      'a',
      { id: 'thumbnail', class: 'yt-simple-endpoint inline-block style-scope ytd-thumbnail', href: watchUrl(video), tabindex: '-1', 'aria-hidden': 'true' },
      el('div', { class: 'fake-thumb', style: `background: hsl(${hue(video.id)} 45% 55%)` },
        el('span', { class: 'thumb-time' }, formatClock(video.durationSeconds))),
    ),
  );
}

/** The title link; `id` is what each list calls it (video-title, video-title-link). */
export function titleLink(video: VideoData, id: string, ownerTag: string): HTMLElement {
  return el(
    'a',
    { id, class: `yt-simple-endpoint style-scope ${ownerTag}`, href: watchUrl(video), title: video.title },
    el('span', { id: id === 'video-title' ? 'video-title-text' : 'video-title', class: 'style-scope' }, video.title),
  );
}

export function byline(video: VideoData): HTMLElement {
  return el('div', { id: 'byline', class: 'style-scope byline' }, video.channel);
}

/** One entry of the watch page's side column. */
export function compactVideo(video: VideoData): HTMLElement {
  return el(
    'ytd-compact-video-renderer',
    { class: 'style-scope ytd-watch-next-secondary-results-renderer' },
    el('div', { id: 'dismissible', class: 'style-scope' }, thumbnail(video),
      el('div', { class: 'details style-scope' }, titleLink(video, 'video-title-link', 'ytd-compact-video-renderer'), byline(video))),
  );
}
