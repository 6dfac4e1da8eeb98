import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Takes the focus when it appears: the deleted note's own buttons are gone, and Undo is what a learner who
 * deleted by mistake needs next (one Enter away).
 */
export function UndoDelete({ onUndo }: { onUndo: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => button.current?.focus(), []);
  return (
    <p class="undo" role="status">
      Note deleted.{' '}
      <button ref={button} type="button" class="link" onClick={onUndo}>
        Undo
      </button>
    </p>
  );
}
