import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { ARROW_LIST_ATTRIBUTE } from '@/utils/panel-keys';

const CONTROLS = 'button:not([disabled]), a[href]';

/** The controls of one row (a list item), leaving out any form inside it (a note being edited keeps its Tab order). */
function rowControls(row: Element): HTMLElement[] {
  return Array.from(row.querySelectorAll<HTMLElement>(CONTROLS)).filter((control) => !control.closest('form'));
}

function rows(list: HTMLElement): HTMLElement[][] {
  return Array.from(list.children)
    .map(rowControls)
    .filter((controls) => controls.length > 0);
}

/**
 * A list crossed with the keyboard as one Tab stop (a roving tabindex): Tab enters the list at the item last
 * used (else the marked one, else the first) and leaves it with the next Tab; ↑/↓ move between items, ←/→
 * between the links and buttons of one item, Home/End to the first and last item. Returns the attributes to
 * spread on the list element.
 */
export function useArrowList(list: RefObject<HTMLElement | null>): Record<string, string> {
  const stop = useRef<HTMLElement | null>(null);
  /** Until the learner moves in the list, its Tab stop follows the marked item as the lesson plays. */
  const chosen = useRef(false);

  // After every render: exactly one control of the list is in the Tab order.
  useLayoutEffect(() => {
    const root = list.current;
    if (!root) return;
    const all = rows(root).flat();
    if (!chosen.current || !stop.current || !all.includes(stop.current)) {
      stop.current = all.find((control) => control.getAttribute('aria-current') === 'true') ?? all[0] ?? null;
    }
    for (const control of all) control.tabIndex = control === stop.current ? 0 : -1;
  });

  useEffect(() => {
    const root = list.current;
    if (!root) return undefined;
    const moveTo = (target: HTMLElement | undefined) => {
      if (!target) return;
      if (stop.current) stop.current.tabIndex = -1;
      stop.current = target;
      target.tabIndex = 0;
      target.focus();
    };
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      if (!target.matches(CONTROLS) || target.closest('form')) return;
      chosen.current = true;
      if (target === stop.current) return;
      if (stop.current) stop.current.tabIndex = -1;
      stop.current = target;
      target.tabIndex = 0;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement;
      if (target.closest('form')) return;
      const grid = rows(root);
      const r = grid.findIndex((controls) => controls.includes(target));
      if (r < 0) return;
      const c = grid[r]!.indexOf(target);
      const moves: Record<string, () => HTMLElement | undefined> = {
        ArrowDown: () => grid[r + 1]?.[0],
        ArrowUp: () => grid[r - 1]?.[0],
        ArrowRight: () => grid[r]![c + 1],
        ArrowLeft: () => grid[r]![c - 1],
        Home: () => grid[0]?.[0],
        End: () => grid[grid.length - 1]?.[0],
      };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      moveTo(move());
    };
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('keydown', onKeyDown);
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('keydown', onKeyDown);
    };
  }, [list]);

  return { [ARROW_LIST_ATTRIBUTE]: '' };
}
