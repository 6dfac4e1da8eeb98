/**
 * m.youtube.com's watch page, `ytm-watch`, built once and updated in place: the player box on top, then
 * `ytm-single-column-watch-next-results-renderer` with the title block (`ytm-slim-video-metadata-section-renderer`)
 * and the related videos (`ytm-item-section-renderer[section-identifier="related-items"]`).
 */
import type { PageData, VideoData } from '../../page-data';
import { el, formatClock } from '../../client/dom';
import { watchUrl } from '../../client/tiles';
import { playerModes } from '../../client/player-modes';
import type { MobilePlayer } from './player';

type WatchData = Extract<PageData, { page: 'watch' }>;

export interface MobileWatchPage {
  element: HTMLElement;
  show(data: WatchData): void;
}

function hue(id: string): number {
  let sum = 0;
  for (const char of id) sum = (sum * 31 + char.charCodeAt(0)) % 360;
  return sum;
}

/** One related video: a thumbnail and a title, both links the app navigates in place. */
export function mobileVideoItem(video: VideoData): HTMLElement {
  return el('ytm-video-with-context-renderer', { class: 'item' },
    el('a', { class: 'media-item-thumbnail-container', href: watchUrl(video), 'aria-hidden': 'true', tabindex: '-1' },
      el('div', { class: 'fake-thumb', style: `background: hsl(${hue(video.id)} 45% 55%)` },
        el('span', { class: 'thumb-time' }, formatClock(video.durationSeconds)))),
    el('div', { class: 'details' },
      el('a', { class: 'media-item-headline', href: watchUrl(video) }, el('h3', { class: 'media-item-headline-text' }, video.title)),
      el('div', { class: 'media-item-byline' }, video.channel)));
}

export function createMobileWatchPage(player: MobilePlayer): MobileWatchPage {
  const title = el('h2', { class: 'slim-video-information-title' });
  const channel = el('div', { class: 'slim-owner-channel-name' });
  const items = el('div', { class: 'section-items' });
  const element = el('ytm-watch', {},
    player.container,
    el('ytm-single-column-watch-next-results-renderer', {},
      el('ytm-slim-video-metadata-section-renderer', {},
        el('div', { class: 'slim-video-information-content' }, title, channel),
        el('div', { class: 'slim-video-action-bar-actions' },
          el('button', { class: 'slim-action-button' }, 'Like'), el('button', { class: 'slim-action-button' }, 'Share'))),
      el('ytm-item-section-renderer', { 'section-identifier': 'related-items' }, items)));
  let shownId: string | null = null;
  let pendingSwap: ReturnType<typeof setTimeout> | undefined;
  return {
    element,
    show(data) {
      clearTimeout(pendingSwap);
      const swap = () => player.load(data.video, data.startSeconds);
      // Mode media-gap: the previous video plays on for a while after the address changed.
      if (playerModes.mediaGapMs && shownId && shownId !== data.video.id) pendingSwap = setTimeout(swap, playerModes.mediaGapMs);
      else swap();
      shownId = data.video.id;
      title.textContent = data.video.title;
      channel.textContent = data.video.channel;
      items.replaceChildren(...data.related.map(mobileVideoItem));
      document.title = `${data.video.title} - YouTube`;
    },
  };
}
