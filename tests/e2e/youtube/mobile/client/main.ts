/**
 * The phone site's page script (m.youtube.com): builds `ytm-app` from `ytInitialData` and follows its own
 * navigation. Test hooks go on `window.__ytm` in the page's main world.
 */
import type { PageData } from '../../page-data';
import type { YtmHooks } from '../hooks';
import { el } from '../../client/dom';
import { modesFromCookies } from '../../modes';
import { createMobilePlayer } from './player';
import { createMobileWatchPage, mobileVideoItem, type MobileWatchPage } from './watch-page';
import { installMobileNavigation } from './navigation';

declare global {
  interface Window {
    ytInitialData?: PageData;
    __ytm?: YtmHooks;
  }
}

function boot(): void {
  const container = document.querySelector<HTMLElement>('ytm-app #app > div.page-container');
  const initial = window.ytInitialData;
  if (!container || !initial) throw new Error('imitation: the phone page has no page container or no ytInitialData');
  const player = createMobilePlayer();
  let watch: MobileWatchPage | undefined;
  let other: HTMLElement | undefined;

  const render = (data: PageData) => {
    other?.remove();
    other = undefined;
    if (data.page === 'watch') {
      if (!watch) {
        watch = createMobileWatchPage(player);
        container.append(watch.element);
      }
      watch.element.hidden = false;
      watch.show(data);
    } else {
      player.stop();
      if (watch) watch.element.hidden = true;
      other = data.page === 'home'
        ? el('ytm-browse', {}, el('ytm-item-section-renderer', {}, ...data.videos.map(mobileVideoItem)))
        : el('div', { id: 'error-page' }, data.page === 'error' ? data.message : 'Not on the phone imitation');
      container.append(other);
      document.title = 'YouTube';
    }
    scrollTo(0, 0);
  };

  const hooks: YtmHooks = {
    events: [],
    navigate: (url) => navigation.navigate(url),
    setDarkTheme: (dark) => document.documentElement.toggleAttribute('dark', dark),
    showControls: () => player.showControls(),
    controlsShown: () => player.controlsShown(),
    whenPlaying: () => player.whenPlaying(),
    get barSeeks() {
      return player.barSeeks();
    },
    get fullscreenRefusals() {
      return player.fullscreenRefusals();
    },
    modes: [...modesFromCookies(document.cookie)],
  };
  window.__ytm = hooks;
  const navigation = installMobileNavigation(render, (entry) => hooks.events.push(entry));
  render(initial);
  navigation.finishInitial(initial);
}

boot();
