/**
 * The watch page, `ytd-watch-flexy`, built once on the first watch page and then updated in place on every
 * navigation (YouTube's Polymer elements do the same): anything an extension mounts in #secondary or #below
 * survives the move to the next video, and nothing outside the parts that change is rebuilt.
 */
import type { PageData } from '../page-data';
import { byId, el, escapeHtml, formatClock, setTrustedHtml } from './dom';
import type { Player } from './player';
import { compactVideo, watchUrl } from './tiles';
import { arrangeAsGrid, startLateColumns, watchRootTag, type Modes } from './layout-modes';
import type { HoverPreview } from './other-pages';
import { playerModes } from './player-modes';

type WatchData = Extract<PageData, { page: 'watch' }>;

export interface WatchPage {
  flexy: HTMLElement;
  show(data: WatchData): void;
}

function skeleton(player: Player, rootTag: string): HTMLElement {
  return el(
    rootTag,
    { class: 'style-scope ytd-page-manager', flexy: true, 'is-two-columns_': true, role: 'main', 'video-id': '' },
    el('div', { id: 'full-bleed-container', class: 'style-scope ytd-watch-flexy' },
      el('div', { id: 'player-full-bleed-container', class: 'style-scope ytd-watch-flexy' })),
    el(
      'div',
      { id: 'columns', class: 'style-scope ytd-watch-flexy' },
      el(
        'div',
        { id: 'primary', class: 'style-scope ytd-watch-flexy' },
        el(
          'div',
          { id: 'primary-inner', class: 'style-scope ytd-watch-flexy' },
          el('div', { id: 'player', class: 'style-scope ytd-watch-flexy' },
            el('div', { id: 'player-container-outer', class: 'style-scope ytd-watch-flexy' },
              el('div', { id: 'player-container-inner', class: 'style-scope ytd-watch-flexy' },
                el('div', { id: 'player-container', class: 'style-scope ytd-watch-flexy' },
                  el('ytd-player', { id: 'ytd-player', class: 'style-scope ytd-watch-flexy' },
                    el('div', { id: 'container', class: 'style-scope ytd-player' }, player.root)))))),
          el(
            'div',
            { id: 'below', class: 'style-scope ytd-watch-flexy' },
            el(
              'ytd-watch-metadata',
              { class: 'watch-active-metadata style-scope ytd-watch-flexy' },
              el('div', { id: 'title', class: 'style-scope ytd-watch-metadata' },
                el('h1', { class: 'style-scope ytd-watch-metadata' }, el('yt-formatted-string', { class: 'style-scope ytd-watch-metadata' }))),
              el('div', { id: 'owner', class: 'item style-scope ytd-watch-metadata' }, el('ytd-channel-name', { id: 'channel-name' })),
              el('div', { id: 'description', class: 'item style-scope ytd-watch-metadata' }, el('yt-attributed-string', { class: 'style-scope' })),
            ),
            el('ytd-comments', { id: 'comments', class: 'style-scope ytd-watch-flexy' }, el('h2', { id: 'count' }, 'Comments are turned off.')),
          ),
        ),
      ),
      el(
        'div',
        { id: 'secondary', class: 'style-scope ytd-watch-flexy' },
        el('div', { id: 'secondary-inner', class: 'style-scope ytd-watch-flexy' },
          el('div', { id: 'related', class: 'style-scope ytd-watch-flexy' },
            el('ytd-watch-next-secondary-results-renderer', { class: 'style-scope ytd-watch-flexy' },
              el('div', { id: 'items', class: 'style-scope ytd-watch-next-secondary-results-renderer' })))),
      ),
    ),
  );
}

/** The description, with its chapter timestamps as links (written as markup, through the page's policy). */
function descriptionHtml(data: WatchData): string {
  const lines = data.video.chapters.map(
    (chapter) =>
      `<a class="yt-simple-endpoint style-scope yt-formatted-string" href="${escapeHtml(watchUrl(data.video, chapter.start))}">` +
      `${formatClock(chapter.start)}</a> ${escapeHtml(chapter.title)}`,
  );
  return [`<span>An imitation of YouTube for testing Margin. ${escapeHtml(data.video.title)}.</span>`, ...lines].join('<br>');
}

/** `flexy` is the page's root element, whichever it is in the current modes (`ytd-watch-flexy` by default). */
export function createWatchPage(player: Player, modes: Modes, relayout: () => void, preview: HoverPreview): WatchPage {
  const flexy = skeleton(player, watchRootTag(modes));
  if (modes.has('watch-grid')) arrangeAsGrid(flexy);
  if (modes.has('late-columns')) startLateColumns(flexy, relayout);
  let pendingSwap: ReturnType<typeof setTimeout> | undefined;
  return {
    flexy,
    show(data) {
      clearTimeout(pendingSwap);
      const swap = () => {
        flexy.setAttribute('video-id', data.video.id);
        player.load(data.video, data.startSeconds);
      };
      const previous = flexy.getAttribute('video-id');
      // Mode media-gap: the previous video plays on (and the page keeps its id) for a while after the address changed.
      if (playerModes.mediaGapMs && previous && previous !== data.video.id) pendingSwap = setTimeout(swap, playerModes.mediaGapMs);
      else swap();
      const title = flexy.querySelector('#title yt-formatted-string');
      if (title) title.textContent = data.video.title;
      byId(flexy, 'channel-name').textContent = data.video.channel;
      const description = flexy.querySelector('#description yt-attributed-string');
      if (description) setTrustedHtml(description, descriptionHtml(data));
      const tiles = data.related.map(compactVideo);
      byId(flexy, 'items').replaceChildren(...tiles);
      if (playerModes.watchPagePreview) {
        tiles.forEach((tile, i) => preview.attach(tile.querySelector('ytd-thumbnail') ?? tile, data.related[i]!));
      }
      document.title = `${data.video.title} - YouTube`;
    },
  };
}
