/**
 * The watch page's layouts, as YouTube switches them: two columns (the side column #secondary beside the
 * player) from 1000 px up; one column below that (the related list moves into #below and #secondary is hidden);
 * theater mode (`ytd-watch-flexy[theater]`, the player moved into #full-bleed-container); fullscreen; and the
 * dark theme (`html[dark]`).
 */
import { byId } from './dom';
import { PENDING_ATTRIBUTE } from './layout-modes';

const TWO_COLUMNS_MIN_WIDTH = 1000;

export interface Layout {
  /** Puts the watch page in the layout the window and the modes call for (after it is built or shown). */
  apply(): void;
  setTheater(on: boolean): void;
  toggleTheater(): void;
  toggleFullscreen(): void;
  setDark(on: boolean): void;
}

export function createLayout(app: HTMLElement, flexy: () => HTMLElement | undefined, onFullscreenRefused: () => void): Layout {
  let theater = false;

  const placeColumns = (page: HTMLElement) => {
    // ytd-watch-grid keeps its own arrangement (related below, title and comments beside the player).
    if (page.localName === 'ytd-watch-grid') return;
    const twoColumns = innerWidth >= TWO_COLUMNS_MIN_WIDTH && !page.hasAttribute(PENDING_ATTRIBUTE);
    page.toggleAttribute('is-two-columns_', twoColumns);
    const related = byId(page, 'related');
    const secondary = byId(page, 'secondary');
    if (twoColumns && related.parentElement?.id !== 'secondary-inner') byId(page, 'secondary-inner').append(related);
    if (!twoColumns && related.parentElement?.id !== 'below') byId(page, 'below').insertBefore(related, byId(page, 'comments'));
    secondary.hidden = !twoColumns;
  };

  const placePlayer = (page: HTMLElement) => {
    const fullBleed = theater || page.hasAttribute('fullscreen');
    page.toggleAttribute('theater', theater);
    page.toggleAttribute('full-bleed-player', fullBleed);
    const container = byId(page, 'player-container');
    const target = byId(page, fullBleed ? 'player-full-bleed-container' : 'player-container-inner');
    // One synchronous move: the <video> stays in the document, so it keeps playing.
    if (container.parentElement !== target) target.append(container);
  };

  const apply = () => {
    const page = flexy();
    if (!page) return;
    placeColumns(page);
    placePlayer(page);
  };

  addEventListener('resize', apply);
  document.addEventListener('fullscreenchange', () => {
    flexy()?.toggleAttribute('fullscreen', document.fullscreenElement !== null);
    apply();
  });

  return {
    apply,
    setTheater(on) {
      theater = on;
      apply();
    },
    toggleTheater() {
      theater = !theater;
      apply();
    },
    toggleFullscreen() {
      if (document.fullscreenElement) {
        document.exitFullscreen().catch(() => undefined);
        return;
      }
      // YouTube puts the whole app in fullscreen, so the page can still be scrolled below the player.
      app.requestFullscreen().catch(onFullscreenRefused);
    },
    setDark(on) {
      document.documentElement.toggleAttribute('dark', on);
    },
  };
}
