/**
 * Where the panel goes on the watch page: beside the player, at the top of the right column (#secondary),
 * or below the player when that column is gone or moved (theater mode, narrow windows).
 */

export type PanelSlot = { where: 'side' | 'below'; anchor: Element };

export function choosePanelSlot(doc: Document): PanelSlot | null {
  const flexy = doc.querySelector('ytd-watch-flexy:not([hidden])');
  if (!flexy) return null;
  const secondary = flexy.querySelector('#secondary-inner') ?? flexy.querySelector('#secondary');
  const twoColumns = flexy.hasAttribute('is-two-columns_') && !flexy.hasAttribute('theater');
  if (twoColumns && secondary && !secondary.closest('[hidden]')) return { where: 'side', anchor: secondary };
  const below = flexy.querySelector('#below');
  if (below) return { where: 'below', anchor: below };
  return secondary ? { where: 'side', anchor: secondary } : null;
}

/** Resolves with a slot as soon as the watch page has one (YouTube builds it after navigation), or null on abort. */
export function waitForPanelSlot(doc: Document, signal: AbortSignal): Promise<PanelSlot | null> {
  const found = choosePanelSlot(doc);
  if (found || signal.aborted) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const slot = choosePanelSlot(doc);
      if (slot) finish(slot);
    });
    const finish = (slot: PanelSlot | null) => {
      observer.disconnect();
      resolve(slot);
    };
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
    signal.addEventListener('abort', () => finish(null), { once: true });
  });
}

/** Keeps `host` in the right slot while the layout changes (theater mode, window width, fullscreen). */
export function followLayout(doc: Document, host: Element, signal: AbortSignal): void {
  const place = () => {
    const slot = choosePanelSlot(doc);
    if (slot && slot.anchor.firstElementChild !== host) slot.anchor.prepend(host);
    host.setAttribute('data-slot', slot?.where ?? 'side');
  };
  const observer = new MutationObserver(place);
  const flexy = doc.querySelector('ytd-watch-flexy');
  if (flexy) {
    observer.observe(flexy, { attributes: true, attributeFilter: ['is-two-columns_', 'theater', 'fullscreen', 'hidden'] });
  }
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  place();
}
