import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';

/**
 * Brings `item` into view inside the scrolling `container` only (the container is its offsetParent: it is
 * positioned). Element.scrollIntoView would also scroll YouTube's page, pulling the learner away from the video.
 */
export function scrollWithin(container: HTMLElement, item: HTMLElement): void {
  const top = item.offsetTop;
  const bottom = top + item.offsetHeight;
  if (top < container.scrollTop) container.scrollTop = top;
  else if (bottom > container.scrollTop + container.clientHeight) container.scrollTop = bottom - container.clientHeight;
}

/**
 * Keeps the list's marked item (the child with `data-key={activeKey}`) in view as it changes while the video
 * plays, and again when `refresh` changes (the list was filtered, then shown whole).
 */
export function useScrollToActive(list: RefObject<HTMLElement | null>, activeKey: string | undefined, refresh?: unknown): void {
  useEffect(() => {
    if (!list.current || activeKey === undefined) return;
    const item = Array.from(list.current.children).find(
      (child): child is HTMLElement => child instanceof HTMLElement && child.dataset.key === activeKey,
    );
    if (item) scrollWithin(list.current, item);
  }, [activeKey, refresh]);
}

/** A filter that changed in one step (typed, pasted, a tag chip) shows its first match, not the old scroll position. */
export function useScrollToTopOnFilter(list: RefObject<HTMLElement | null>, filter: string): void {
  useLayoutEffect(() => {
    if (list.current && filter !== '') list.current.scrollTop = 0;
  }, [filter]);
}
