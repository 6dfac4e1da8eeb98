import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** Where keyboard focus should go once the Notes tab has re-rendered after a note action. */
export type FocusRequest =
  | { kind: 'add-note' }
  | { kind: 'note'; id: string }
  | { kind: 'element'; element: HTMLElement };

function find(root: HTMLElement, request: FocusRequest): HTMLElement | null {
  switch (request.kind) {
    case 'add-note':
      return root.querySelector<HTMLButtonElement>('button.add-note:not([disabled])');
    case 'note':
      return root.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(request.id)}"] .note-actions button`);
    case 'element':
      return request.element.isConnected ? request.element : root.querySelector<HTMLButtonElement>('button.add-note:not([disabled])');
  }
}

/**
 * Focus that follows the learner instead of dropping to the page when the focused control disappears (an
 * editor closes, a note is deleted or comes back): a request waits until a render shows its target, then
 * focuses it once.
 */
export function useFocusRequest(root: RefObject<HTMLElement | null>): (request: FocusRequest | null) => void {
  const pending = useRef<FocusRequest | null>(null);
  const settle = () => {
    const request = pending.current;
    if (!request || !root.current) return;
    const target = find(root.current, request);
    if (!target) return;
    pending.current = null;
    target.focus();
  };
  useEffect(settle);
  return (request) => {
    pending.current = request;
    // The target may already be on screen (an edit cancelled: the note never left); otherwise the next render.
    queueMicrotask(settle);
  };
}
