/**
 * Collects pushed changes and hands them over together, at most once per animation frame: a burst of pushes
 * (another tab importing, syncing, or creating a thousand notes) costs a view one render per frame, not one per
 * change. A hidden tab gets no frames, so a timer hands them over too, whichever comes first.
 */
export interface FrameBatch<T> {
  push(item: T): void;
  /** Drops what is waiting (the view is going away). */
  cancel(): void;
}

const HIDDEN_TAB_DELAY_MS = 250;

export function createFrameBatch<T>(deliver: (items: T[]) => void): FrameBatch<T> {
  let waiting: T[] = [];
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const clear = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = timer = undefined;
  };
  const flush = () => {
    clear();
    const items = waiting;
    waiting = [];
    if (items.length > 0) deliver(items);
  };
  return {
    push(item) {
      waiting.push(item);
      if (frame !== undefined || timer !== undefined) return;
      frame = requestAnimationFrame(flush);
      timer = setTimeout(flush, HIDDEN_TAB_DELAY_MS);
    },
    cancel() {
      clear();
      waiting = [];
    },
  };
}
