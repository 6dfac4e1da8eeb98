/**
 * A small shadow-root host inside YouTube's player, for the compact note editor shown in fullscreen (where the
 * side panel is hidden). Empty, and so invisible, until there is a note to write.
 */
import { PANEL_OVERLAY_TAG } from '@/entrypoints/youtube.content/key-guard';
import { attachClosedRoot, ignoreUntrustedEvents } from '@/utils/closed-roots';
import { followTheme } from './theme';

export function createPlayerOverlay(doc: Document, css: string, signal: AbortSignal): () => HTMLElement | null {
  let container: HTMLElement | null = null;
  let host: HTMLElement | null = null;
  const ensure = () => {
    const player = doc.querySelector('#movie_player');
    if (!player) return null;
    if (host && container && host.parentElement === player) return container;
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
    followTheme(doc, host, signal);
    return container;
  };
  signal.addEventListener('abort', () => host?.remove(), { once: true });
  return ensure;
}
