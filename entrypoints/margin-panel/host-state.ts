/**
 * What the panel's host loses when YouTube takes it out of the page (a column re-rendered), kept as it changes so
 * that it can be given back when the same host returns: the scroll position of each list, and the focus of the
 * field the learner was typing in (without it, the next key typed would go to YouTube's shortcuts).
 * Everything else (open tab, draft text, Preact's state) lives in the shadow tree and travels with the host.
 */
export interface HostState {
  /** Call right after the host is back in the page. */
  restore(): void;
}

export function keepHostState(host: HTMLElement, shadow: ShadowRoot, signal: AbortSignal): HostState {
  const positions = new Map<Element, number>();
  let focused: HTMLElement | null = null;

  shadow.addEventListener(
    'scroll',
    (event) => {
      // A host out of the page reports no scrolling of its own; only record what the learner (or Margin) did.
      if (host.isConnected && event.target instanceof Element) positions.set(event.target, event.target.scrollTop);
    },
    { capture: true, signal },
  );
  const remember = (event: Event) => (focused = event.target instanceof HTMLElement ? event.target : null);
  shadow.addEventListener('focusin', remember, { signal });
  // Firefox fires no focus events while its window is not the focused one (typing still reaches the field): the
  // field typed in is the field to give back.
  shadow.addEventListener('input', remember, { signal });
  shadow.addEventListener(
    'focusout',
    (event) => {
      const next = event instanceof FocusEvent ? event.relatedTarget : null;
      if (next instanceof Node && shadow.contains(next)) return;
      // Chromium fires focusout while a removed host is still in the page, so decide a moment later: a host taken
      // out of the page keeps its focused field; a learner who moved on (to YouTube, or nowhere) is let go.
      queueMicrotask(() => {
        if (host.isConnected && !shadow.activeElement) focused = null;
      });
    },
    { signal },
  );

  return {
    restore() {
      for (const [element, top] of positions) {
        if (!shadow.contains(element)) positions.delete(element);
        else if (element.scrollTop !== top) element.scrollTop = top;
      }
      const doc = host.ownerDocument;
      const nothingFocused = doc.activeElement === null || doc.activeElement === doc.body;
      if (focused && shadow.contains(focused) && nothingFocused) focused.focus({ preventScroll: true });
    },
  };
}
