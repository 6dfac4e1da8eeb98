/**
 * `ytd-page-manager`: shows one page and keeps the others, hidden (the `hidden` attribute), as YouTube does.
 * The watch page is built once and updated in place; the player inside it is never recreated.
 */
import type { PageData } from '../page-data';
import { byId } from './dom';
import type { Player } from './player';
import { createWatchPage, type WatchPage } from './watch-page';
import type { Modes } from './layout-modes';
import { createHoverPreview, errorPage, homePage, resultsPage, shortsPage } from './other-pages';

export interface PageManager {
  show(data: PageData): void;
  watchPage(): WatchPage | undefined;
}

export function createPageManager(app: HTMLElement, player: Player, modes: Modes, relayout: () => void): PageManager {
  const manager = byId(app, 'page-manager');
  const preview = createHoverPreview();
  app.append(preview.element);
  let watch: WatchPage | undefined;
  // Pages other than the watch page are rebuilt on each visit, but the element of each kind is kept.
  const kept = new Map<string, HTMLElement>();

  const keep = (kind: string, element: HTMLElement) => {
    const old = kept.get(kind);
    if (old) old.replaceWith(element);
    else manager.append(element);
    kept.set(kind, element);
    return element;
  };

  return {
    watchPage: () => watch,
    show(data) {
      for (const child of manager.children) (child as HTMLElement).hidden = true;
      for (const video of manager.querySelectorAll<HTMLVideoElement>('ytd-shorts video')) video.pause();
      if (data.page !== 'watch') player.stop();
      let shown: HTMLElement;
      switch (data.page) {
        case 'watch':
          if (!watch) {
            watch = createWatchPage(player, modes, relayout, preview);
            manager.append(watch.flexy);
          }
          watch.show(data);
          shown = watch.flexy;
          break;
        case 'home':
          shown = keep('home', homePage(data, preview));
          break;
        case 'results':
          shown = keep('results', resultsPage(data));
          break;
        case 'shorts':
          shown = keep('shorts', shortsPage(data));
          break;
        case 'error':
          shown = keep('error', errorPage(data));
          break;
      }
      shown.hidden = false;
      scrollTo(0, 0);
    },
  };
}
