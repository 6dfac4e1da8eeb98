import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  renderItem: (item: T) => ComponentChildren;
  /** About how tall one item is, in pixels: the room a chunk not yet drawn keeps, so the scroll bar stays honest. */
  itemHeight: number;
  /** Items per chunk; the first chunk is drawn at once, the others when they come near the screen. */
  chunk?: number;
  /** Keys of items that must be drawn whatever the scroll (the note being edited, the one to focus). */
  pinned?: readonly (string | null | undefined)[];
  class?: string;
  /** The <ol> itself, for hooks that work on the list (arrow keys, scrolling the marked item into view). */
  listRef?: RefObject<HTMLOListElement | null>;
  /** Other attributes of the <ol> (its accessible name, key handlers). */
  listProps?: Record<string, unknown>;
}

/** How far outside the screen a chunk starts being drawn: about two screens, so scrolling never shows a gap. */
const NEAR = '1500px 0px';

/**
 * A long list (thousands of notes) drawn in chunks: the first at once, each other one only once it comes near
 * the screen, and then kept (so focus, edits and find-in-page within what was seen stay put). A chunk not yet
 * drawn is one empty, hidden list item as tall as its items would be. The list stays one <ol> of <li>, so
 * arrow-key navigation and screen readers see the items drawn so far.
 */
export function LazyList<T>({ items, keyOf, renderItem, itemHeight, chunk = 25, pinned = [], class: className, listRef, listProps }: Props<T>) {
  const [drawn, setDrawn] = useState<ReadonlySet<number>>(() => new Set([0]));
  const ownList = useRef<HTMLOListElement>(null);
  const list = listRef ?? ownList;
  const chunks = Math.ceil(items.length / chunk);

  const pinnedChunks = new Set<number>();
  if (pinned.some((key) => key)) {
    const wanted = new Set(pinned.filter((key): key is string => !!key));
    items.forEach((item, index) => {
      if (wanted.has(keyOf(item))) pinnedChunks.add(Math.floor(index / chunk));
    });
  }
  const isDrawn = (index: number) => drawn.has(index) || pinnedChunks.has(index);

  // The chunks not drawn yet: their spacers are watched again only when that set changes, not on every render
  // (a notebook of 10,000 notes re-renders on each pushed edit, and re-observing ~400 spacers each time showed).
  let spacers = '';
  for (let index = 0; index < chunks; index += 1) if (!isDrawn(index)) spacers += `${index},`;

  useEffect(() => {
    const root = list.current;
    if (!root || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const near = entries.filter((entry) => entry.isIntersecting).map((entry) => Number((entry.target as HTMLElement).dataset.chunk));
        if (near.length > 0) setDrawn((current) => new Set([...current, ...near]));
      },
      { rootMargin: NEAR },
    );
    for (const spacer of root.querySelectorAll<HTMLElement>(':scope > li[data-chunk]')) observer.observe(spacer);
    return () => observer.disconnect();
  }, [spacers, list.current]);

  const parts: ComponentChildren[] = [];
  for (let index = 0; index < chunks; index += 1) {
    const slice = items.slice(index * chunk, (index + 1) * chunk);
    if (isDrawn(index)) {
      for (const item of slice) {
        const key = keyOf(item);
        parts.push(
          <li key={key} data-key={key}>
            {renderItem(item)}
          </li>,
        );
      }
    } else {
      parts.push(<li key={`chunk-${index}`} class="lazy-spacer" data-chunk={index} aria-hidden="true" style={{ height: `${slice.length * itemHeight}px` }} />);
    }
  }
  return (
    <ol ref={list} class={className} {...listProps}>
      {parts}
    </ol>
  );
}
