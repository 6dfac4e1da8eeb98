/**
 * Keeps the panel's one host element where the learner can see it: at the top of the side column beside the
 * player, below the player (theater mode, narrow windows), or, when the page offers neither a few seconds after
 * a series video opened (a watch root Margin does not know), floating in a corner of the window. When YouTube
 * re-renders a column and drops the host, the same host goes back before the next frame, with its state.
 */
import { keepHostState } from './host-state';
import { besideEachOther, decideSlot, scrollsOnItsOwn, WATCH_ROOT_TAGS, type SlotKind } from '@/utils/panel-slot';
import { MOBILE_WATCH_RESULTS, MOBILE_WATCH_ROOT } from '@/utils/player-dom';

export type PanelSlot = { where: 'side' | 'below'; anchor: Element };

const ROOT_SELECTOR = WATCH_ROOT_TAGS.map((tag) => `${tag}:not([hidden])`).join(', ');
/** Attributes of the watch root that change the layout. */
const LAYOUT_ATTRIBUTES = ['is-two-columns_', 'theater', 'fullscreen', 'hidden'];
/** The watch roots whose layout attributes move the panel: desktop's, and the phone site's. */
const LAYOUT_ROOT_TAGS: readonly string[] = [...WATCH_ROOT_TAGS, MOBILE_WATCH_ROOT];
/** The columns whose `hidden` changes the layout. */
const COLUMN_IDS = ['primary', 'secondary', 'secondary-inner', 'below'];
/** How long a series video waits for YouTube's columns before Margin shows itself floating instead. */
export const FALLBACK_AFTER_MS = 3000;

export function watchRoot(doc: Document): Element | null {
  return doc.querySelector(ROOT_SELECTOR);
}

function sideColumnBesidePlayer(root: Element, column: Element): boolean | null {
  const outer = root.querySelector('#secondary') ?? column;
  if (!(outer instanceof HTMLElement) || outer.closest('[hidden]') || outer.offsetWidth === 0) return false;
  const primary = root.querySelector('#primary');
  if (!primary) return null;
  return besideEachOther(primary.getBoundingClientRect(), outer.getBoundingClientRect());
}

/**
 * m.youtube.com's watch page has one column: the panel goes first in the column under the player, above the
 * title, as on desktop's one-column layout.
 */
function phoneSlot(doc: Document): PanelSlot | null {
  const column = doc.querySelector(`${MOBILE_WATCH_ROOT}:not([hidden]) ${MOBILE_WATCH_RESULTS}`);
  return column ? { where: 'below', anchor: column } : null;
}

export function choosePanelSlot(doc: Document): PanelSlot | null {
  const root = watchRoot(doc);
  if (!root) return phoneSlot(doc);
  const secondary = root.querySelector('#secondary-inner') ?? root.querySelector('#secondary');
  const below = root.querySelector('#below');
  const where = decideSlot({
    theater: root.hasAttribute('theater'),
    fullscreen: root.hasAttribute('fullscreen'),
    twoColumnsAttribute: root.hasAttribute('is-two-columns_'),
    hasSideColumn: secondary !== null,
    sideColumnBesidePlayer: secondary ? sideColumnBesidePlayer(root, secondary) : false,
    hasBelow: below !== null,
  });
  if (where === 'side' && secondary) return { where, anchor: secondary };
  if (where === 'below' && below) return { where, anchor: below };
  return null;
}

/** Is what goes in `anchor` inside a box of the page that scrolls on its own (the 2026 sticky side column)? */
function insideScrollingBox(anchor: Element): boolean {
  const view = anchor.ownerDocument.defaultView;
  const top = anchor.ownerDocument.body;
  for (let node: Element | null = anchor; node && node !== top; node = node.parentElement) {
    if (view && scrollsOnItsOwn(view.getComputedStyle(node).overflowY)) return true;
  }
  return false;
}

export interface PlacementOptions {
  /** The host's shadow root (open or closed): what the host loses when taken out of the page is kept from it. */
  shadow: ShadowRoot;
  /** Told where the host is now, each time that changes. */
  onSlot(kind: SlotKind): void;
  fallbackAfterMs?: number;
}

/**
 * Places `host` now (or as soon as the page has a slot) and keeps it placed until `signal` aborts: through layout
 * changes (theater, window width, late columns), removal by YouTube (re-inserted, never re-created) and pages
 * that never offer a slot (floating after `fallbackAfterMs`).
 */
export function keepPanelPlaced(doc: Document, host: HTMLElement, signal: AbortSignal, options: PlacementOptions): void {
  if (signal.aborted) return;
  const fallbackAfterMs = options.fallbackAfterMs ?? FALLBACK_AFTER_MS;
  let floatingAllowed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let kind: SlotKind | null = null;
  let anchor: Element | null = null;
  let frame = 0;
  const state = keepHostState(host, options.shadow, signal);

  const settle = (next: SlotKind, inScroller: boolean) => {
    host.setAttribute('data-slot', next);
    host.toggleAttribute('data-in-scroller', inScroller);
    if (next === kind) return;
    kind = next;
    options.onSlot(next);
  };

  // No slot for a while (never had one, or lost it): float. Leaving a watch page also loses the slot, but the
  // panel is hidden long before this fires, so nothing flashes on the way to another page.
  const armFallback = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      floatingAllowed = true;
      place();
    }, fallbackAfterMs);
  };

  const place = () => {
    if (signal.aborted) return;
    const slot = choosePanelSlot(doc);
    const wasConnected = host.isConnected;
    if (slot) {
      floatingAllowed = false;
      clearTimeout(timer);
      timer = undefined;
      // Read before the host goes in, while the page's styles are still clean from measuring the columns: read
      // after, they forced a second style pass, with the panel's style sheet, on every lesson's first paint.
      const inScroller = insideScrollingBox(slot.anchor);
      if (slot.anchor.firstElementChild !== host) slot.anchor.prepend(host);
      anchor = slot.anchor;
      settle(slot.where, inScroller);
    } else if (floatingAllowed) {
      if (host.parentElement !== doc.body) doc.body.append(host);
      anchor = doc.body;
      settle('floating', false);
    } else {
      armFallback();
    }
    if (!wasConnected && host.isConnected) state.restore();
  };

  /** Cheap enough for every mutation of the page: has the host left its anchor, or the anchor the page? */
  const inPlace = () =>
    anchor !== null && anchor.isConnected && host.parentElement === anchor && (kind === 'floating' || anchor.firstElementChild === host);
  /** A layout attribute changed on the watch root or one of its columns (not on any other element of YouTube's). */
  const isLayoutChange = (record: MutationRecord) =>
    record.type === 'attributes' &&
    record.target instanceof Element &&
    (LAYOUT_ROOT_TAGS.includes(record.target.localName) || COLUMN_IDS.includes(record.target.id));

  // While waiting or floating, the page may build its columns at any moment: look at most once a frame.
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  const observer = new MutationObserver((records) => {
    // Re-inserting happens right here, in the mutation's microtask: before the page paints again.
    if (!inPlace() || records.some(isLayoutChange)) place();
    else if (kind === null || kind === 'floating') schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: LAYOUT_ATTRIBUTES });
  doc.defaultView?.addEventListener('resize', schedule, { signal });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      if (frame) cancelAnimationFrame(frame);
    },
    { once: true },
  );
  place();
}
