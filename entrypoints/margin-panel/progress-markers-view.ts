/**
 * What the ticks on YouTube's progress bar look like (see progress-markers.ts): one <margin-markers> host with a
 * closed shadow root over the bar, a tick per marker, and the label of the ticks under the pointer or a finger.
 * DOM is built element by element and text set with textContent, as the page enforces Trusted Types.
 */
import { labelLeft, shortLabel, type PlacedMarker } from '@/utils/marker-layout';
import { attachClosedRoot } from '@/utils/closed-roots';
import { PLAYER_AREAS } from '@/utils/player-dom';
import CSS from '@/components/progress-markers.css?inline';

export const MARKERS_HOST_TAG = 'margin-markers';

export interface View {
  host: HTMLElement;
  ticks: HTMLElement;
  label: HTMLElement;
}

export function createView(doc: Document): View {
  const host = doc.createElement(MARKERS_HOST_TAG);
  // Inline and important, so that no page stylesheet lets the layer take the pointer.
  host.style.setProperty('position', 'absolute', 'important');
  host.style.setProperty('pointer-events', 'none', 'important');
  host.style.setProperty('z-index', '42');
  // The panel lists the same moments and notes accessibly; these ticks are a visual echo of it.
  host.setAttribute('aria-hidden', 'true');
  const root = attachClosedRoot(host);
  const style = doc.createElement('style');
  style.textContent = CSS;
  const ticks = doc.createElement('div');
  const label = doc.createElement('div');
  label.className = 'label';
  label.hidden = true;
  root.append(style, ticks, label);
  return { host, ticks, label };
}

export function drawTicks(view: View, placed: readonly PlacedMarker[]): void {
  view.ticks.replaceChildren(
    ...placed.map(({ marker, x }) => {
      const tick = view.host.ownerDocument.createElement('div');
      tick.className = `tick tick-${marker.kind}`;
      tick.style.left = `${x}px`;
      tick.dataset.t = String(marker.t);
      return tick;
    }),
  );
}

export function showLabel(view: View, under: readonly PlacedMarker[], barWidth: number): void {
  const { label } = view;
  const doc = view.host.ownerDocument;
  label.replaceChildren(
    ...under.map(({ marker }) => {
      const line = doc.createElement('div');
      line.className = `line line-${marker.kind}`;
      const swatch = doc.createElement('span');
      swatch.className = 'swatch';
      const text = doc.createElement('span');
      text.className = 'text';
      // textContent, never HTML: a note reading `<img src=x onerror=…>` shows exactly those characters. Shortened
      // here, for the few ticks under the pointer: a note may hold 10,000 characters.
      text.textContent = shortLabel(marker.label);
      line.append(swatch, text);
      return line;
    }),
  );
  label.classList.remove('above');
  label.hidden = false;
  label.style.left = `${labelLeft(under[0]!.x, label.offsetWidth, barWidth)}px`;
  // The player's box clips what overflows it (#movie_player; on the phone site the box around player and bar): with
  // no room below the bar, the label goes above it.
  const clip = view.host.closest(PLAYER_AREAS.join(', '))?.getBoundingClientRect();
  if (clip && label.getBoundingClientRect().bottom > clip.bottom) label.classList.add('above');
}
