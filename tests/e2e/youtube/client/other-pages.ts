/**
 * The pages that are not the watch page: home (`ytd-browse`, with the hover preview that plays a second
 * <video> outside #movie_player), search results (`ytd-search`), shorts (`ytd-shorts`, its own player) and
 * an error page. Each is built on first visit and then kept, hidden, like YouTube's page manager does.
 */
import type { PageData, VideoData } from '../page-data';
import { el } from './dom';
import { byline, thumbnail, titleLink } from './tiles';
import { playerModes } from './player-modes';

type Data<K extends PageData['page']> = Extract<PageData, { page: K }>;

/** YouTube's inline preview: hovering a home tile plays that video, muted, in a separate player. */
export interface HoverPreview {
  element: HTMLElement;
  attach(tile: HTMLElement, video: VideoData): void;
}

/** The inline player's own progress bar (mode watch-page-preview), shaped like the main player's. */
function previewBar(): HTMLElement {
  return el('div', { class: 'ytp-chrome-bottom' }, el('div', { class: 'ytp-progress-bar-container' },
    el('div', { class: 'ytp-progress-bar', role: 'slider', 'aria-valuemin': '0', 'aria-valuemax': '0', 'aria-valuenow': '0' },
      el('div', { class: 'ytp-chapters-container' }, el('div', { class: 'ytp-chapter-hover-container', style: 'width: 100%' })))));
}

export function createHoverPreview(): HoverPreview {
  const video = el('video', { class: 'video-stream html5-main-video', muted: true, playsinline: true });
  video.muted = true;
  const element = el('ytd-video-preview', { id: 'video-preview', hidden: true },
    el('div', { id: 'media-container' }, el('div', { id: 'inline-player', class: 'html5-video-player' }, video,
      playerModes.watchPagePreview ? previewBar() : null)));
  let shownFor: HTMLElement | null = null;
  const stop = () => {
    shownFor = null;
    element.hidden = true;
    video.pause();
    video.removeAttribute('src');
    video.load();
  };
  // The preview opens over its tile: moving from one onto the other keeps it playing, as on YouTube.
  const leaving = (event: MouseEvent) => {
    const to = event.relatedTarget;
    if (to instanceof Node && (element.contains(to) || shownFor?.contains(to))) return;
    stop();
  };
  element.addEventListener('mouseleave', leaving);
  return {
    element,
    attach(tile, data) {
      tile.addEventListener('mouseenter', () => {
        if (shownFor === tile) return;
        shownFor = tile;
        const box = tile.getBoundingClientRect();
        Object.assign(element.style, { left: `${box.left + scrollX}px`, top: `${box.top + scrollY}px`, width: `${box.width}px` });
        element.hidden = false;
        video.src = data.mediaUrl;
        video.play().catch(() => undefined);
      });
      tile.addEventListener('mouseleave', leaving);
    },
  };
}

export function homePage(data: Data<'home'>, preview: HoverPreview): HTMLElement {
  const items = data.videos.map((video) => {
    const thumb = thumbnail(video);
    preview.attach(thumb, video);
    return el('ytd-rich-item-renderer', { class: 'style-scope ytd-rich-grid-renderer' },
      el('ytd-rich-grid-media', {}, el('div', { id: 'dismissible' }, thumb,
        el('div', { id: 'details' }, el('h3', {}, titleLink(video, 'video-title-link', 'ytd-rich-grid-media')), byline(video)))));
  });
  return el('ytd-browse', { class: 'style-scope ytd-page-manager', 'page-subtype': 'home', role: 'main' },
    el('ytd-two-column-browse-results-renderer', {}, el('div', { id: 'primary' },
      el('ytd-rich-grid-renderer', {}, el('div', { id: 'contents', class: 'style-scope ytd-rich-grid-renderer' }, ...items)))));
}

export function resultsPage(data: Data<'results'>): HTMLElement {
  const items = data.videos.map((video) =>
    el('ytd-video-renderer', { class: 'style-scope ytd-item-section-renderer' }, thumbnail(video),
      el('div', { class: 'text-wrapper' }, el('div', { id: 'meta' }, el('h3', {}, titleLink(video, 'video-title', 'ytd-video-renderer'))), byline(video))));
  return el('ytd-search', { class: 'style-scope ytd-page-manager', role: 'main' },
    el('ytd-two-column-search-results-renderer', {}, el('div', { id: 'primary' },
      el('ytd-section-list-renderer', {}, el('div', { id: 'contents' },
        el('ytd-item-section-renderer', {}, el('div', { id: 'contents' },
          items.length ? null : el('p', { class: 'no-results' }, `No results for "${data.query}"`), ...items)))))));
}

/** Shorts play in their own player, never in #movie_player. */
export function shortsPage(data: Data<'shorts'>): HTMLElement {
  const video = el('video', { class: 'video-stream html5-main-video', loop: true, src: data.video.mediaUrl });
  video.play().catch(() => undefined);
  return el('ytd-shorts', { class: 'style-scope ytd-page-manager', role: 'main' },
    el('div', { id: 'shorts-container' }, el('div', { id: 'shorts-player', class: 'html5-video-player' },
      el('div', { class: 'html5-video-container' }, video)), el('h2', { class: 'title' }, data.video.title)));
}

export function errorPage(data: Data<'error'>): HTMLElement {
  return el('ytd-browse', { class: 'style-scope ytd-page-manager', 'page-subtype': 'error', role: 'main' },
    el('div', { id: 'error-page' }, el('h1', {}, data.message)));
}
