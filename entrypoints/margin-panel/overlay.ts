/**
 * A small shadow-root host inside YouTube's player, for the compact note editor shown in fullscreen (where the
 * side panel is hidden). Empty, and so invisible, until there is a note to write.
 */
import { PANEL_OVERLAY_TAG } from '@/entrypoints/youtube.content/key-guard';
import { attachClosedRoot, ignoreUntrustedEvents } from '@/utils/closed-roots';
import { followTheme } from './theme';

/**
 * The returned function gives the overlay's container, making its host in the player when needed. `showing`: it
 * is about to show something, so it is placed above the player's bottom layers, which reads the player's layout;
 * otherwise it is not placed (the panel asks on every render, and a layout read then would force a layout of
 * YouTube's page while it loads), and null until something has been shown.
 */
export function createPlayerOverlay(doc: Document, css: string, signal: AbortSignal): (showing?: boolean) => HTMLElement | null {
  let container: HTMLElement | null = null;
  let host: HTMLElement | null = null;
  const ensure = (showing = false) => {
    // Nothing to show and nothing shown yet: no host. Made on every lesson's first render, it parsed the panel's
    // whole style sheet a second time while the page's player was starting (about 6 ms by profile, each fresh load).
    if (!showing && !host) return null;
    const player = doc.querySelector('#movie_player');
    if (!player) return null;
    if (host && container && host.parentElement === player) {
      if (showing) liftAboveBottomLayers(player, host);
      return container;
    }
    host?.remove();
    host = doc.createElement(PANEL_OVERLAY_TAG);
    Object.assign(host.style, { position: 'absolute', left: '12px', bottom: '64px', width: 'min(420px, 70%)', zIndex: '70' });
    // Closed, and deaf to scripted events: the page can neither read the note being written nor submit it.
    const shadow = attachClosedRoot(host);
    ignoreUntrustedEvents(shadow);
    const style = doc.createElement('style');
    style.textContent = css;
    container = doc.createElement('div');
    shadow.append(style, container);
    // The player toggles playback on clicks and double clicks anywhere inside it: not on clicks in the editor.
    for (const type of ['click', 'dblclick', 'mousedown', 'pointerdown', 'wheel', 'contextmenu']) {
      host.addEventListener(type, (event) => event.stopPropagation(), { signal });
    }
    player.append(host);
    if (showing) liftAboveBottomLayers(player, host);
    followTheme(doc, host, signal);
    return container;
  };
  signal.addEventListener('abort', () => host?.remove(), { once: true });
  return ensure;
}

/** Gap kept between the editor and what sits at the bottom of the player (controls, the grid of more videos). */
const BOTTOM_GAP_PX = 16;
const DEFAULT_BOTTOM_PX = 64;

/**
 * In fullscreen the redesigned player shows larger controls (`ytp-big-mode`) and a grid of more videos that
 * peeks up from the bottom (`.ytp-fullscreen-grid`), painted over most of the player: the editor sits above
 * whichever of them reaches highest, so it stays visible and usable.
 */
function liftAboveBottomLayers(player: Element, host: HTMLElement): void {
  const bottom = player.getBoundingClientRect().bottom;
  let lift = DEFAULT_BOTTOM_PX;
  for (const layer of player.querySelectorAll('.ytp-chrome-bottom, .ytp-fullscreen-grid')) {
    const box = layer.getBoundingClientRect();
    if (box.height > 0) lift = Math.max(lift, bottom - box.top + BOTTOM_GAP_PX);
  }
  host.style.bottom = `${Math.round(lift)}px`;
}
