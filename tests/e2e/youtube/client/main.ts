/**
 * The imitation's page script (bundled into one classic script, like YouTube's desktop_polymer.js): builds the
 * app from `ytInitialData`, then follows navigation, shortcuts and layout changes. Test hooks go on
 * `window.__yt` in the page's main world.
 */
import type { PageData, PageKind, YtHooks } from '../page-data';
import { createLayout } from './layout';
import { installNavigation } from './navigation';
import { createPageManager } from './page-manager';
import { createPlayer } from './player';
import { installKeyboardRealism } from './keyboard-realism';
import { installShortcuts } from './shortcuts';
import { applyPageModes, rerenderColumns, RERENDER_AFTER_MS } from './layout-modes';
import { modesFromCookies } from '../modes';

declare global {
  interface Window {
    ytInitialData?: PageData;
    __yt?: YtHooks;
  }
}

function boot(): void {
  const app = document.querySelector<HTMLElement>('ytd-app');
  const initial = window.ytInitialData;
  if (!app || !initial) throw new Error('imitation: the page has no ytd-app or no ytInitialData');

  const modes = modesFromCookies(document.cookie);
  applyPageModes(modes);
  const layout = createLayout(app, () => pages.watchPage()?.flexy, () => hooks.fullscreenRefusals++);
  const player = createPlayer({ toggleTheater: () => layout.toggleTheater(), toggleFullscreen: () => layout.toggleFullscreen() });
  const pages = createPageManager(app, player, modes, () => layout.apply());
  let currentPage: PageKind = initial.page;
  let keyboardRealism = false;

  const render = (data: PageData) => {
    currentPage = data.page;
    pages.show(data);
    layout.apply();
  };

  const hooks: YtHooks = {
    shortcuts: [],
    events: [],
    fullscreenRefusals: 0,
    navigate(url) {
      return new Promise((resolve) => {
        document.addEventListener('yt-navigate-finish', () => resolve(), { once: true });
        const detail = { endpoint: { commandMetadata: { webCommandMetadata: { url } } } };
        app.dispatchEvent(new CustomEvent('yt-navigate', { bubbles: true, detail }));
      });
    },
    playAd: (seconds) => player.ads.play(seconds),
    adFinished: () => player.ads.finished(),
    isAdPlaying: () => player.ads.isPlaying(),
    setDarkTheme: (dark) => layout.setDark(dark),
    setTheater: (on) => layout.setTheater(on),
    whenPlaying: () => player.whenPlaying(),
    modes: [...modes],
    columnRerenders: 0,
    rerenderColumns() {
      hooks.columnRerenders++;
      return rerenderColumns(pages.watchPage()?.flexy);
    },
    keyEvents: [],
    enableKeyboardRealism() {
      if (keyboardRealism) return;
      keyboardRealism = true;
      installKeyboardRealism({
        record: (entry) => hooks.shortcuts.push(entry),
        log: (entry) => hooks.keyEvents.push(entry),
        isWatchPage: () => currentPage === 'watch',
        nextVideo() {
          const next = document.querySelector<HTMLAnchorElement>('#related a#video-title-link');
          if (next) void hooks.navigate(next.getAttribute('href') ?? '/');
        },
      });
    },
    rebuildProgressBar: () => player.rebuildProgressBar(),
  };
  window.__yt = hooks;

  installShortcuts({ player, layout, isWatchPage: () => currentPage === 'watch', record: (entry) => hooks.shortcuts.push(entry) });
  if (modes.has('column-rerender')) {
    document.addEventListener('yt-navigate-finish', () => {
      if (currentPage === 'watch') setTimeout(() => hooks.rerenderColumns(), RERENDER_AFTER_MS);
    });
  }
  const navigation = installNavigation({ app, render, record: (entry) => hooks.events.push(entry) });
  render(initial);
  navigation.finishInitial(initial);
}

boot();
