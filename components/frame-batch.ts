/**
 * Collects pushed changes and hands them over together, at most once per animation frame: a burst of pushes
 * (another tab importing, syncing, or creating a thousand notes) costs a view one render per frame, not one per
 * change. The first change after a quiet moment is handed over at once (after the task that brought it, so that
 * changes arriving together go together), not at the next frame: a single edit made in another tab is then drawn
 * in the frame it arrives in rather than the one after. What comes while a frame has not passed since the last
 * hand-over waits for that frame. A hidden tab gets no frames, so a timer stands in for them.
 */
export interface FrameBatch<T> {
  push(item: T): void;
  /** Drops what is waiting (the view is going away). */
  cancel(): void;
}

const HIDDEN_TAB_DELAY_MS = 250;

export function createFrameBatch<T>(deliver: (items: T[]) => void): FrameBatch<T> {
  let waiting: T[] = [];
  /** Set while a hand-over was made and the next frame (or the hidden tab's timer) has not come yet. */
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let leading = false;
  let cancelled = 0;

  const clear = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = timer = undefined;
  };
  const handOver = () => {
    const items = waiting;
    waiting = [];
    if (items.length > 0) deliver(items);
  };
  /** Waits for the next frame before the next hand-over. */
  const coolDown = () => {
    frame = requestAnimationFrame(frameCame);
    timer = setTimeout(frameCame, HIDDEN_TAB_DELAY_MS);
  };
  const frameCame = () => {
    clear();
    if (waiting.length === 0) return; // quiet again: the next change is handed over at once
    handOver();
    coolDown();
  };
  return {
    push(item) {
      waiting.push(item);
      if (frame !== undefined || timer !== undefined || leading) return;
      leading = true;
      const generation = cancelled;
      queueMicrotask(() => {
        leading = false;
        if (generation !== cancelled) return;
        handOver();
        coolDown();
      });
    },
    cancel() {
      clear();
      cancelled += 1;
      leading = false;
      waiting = [];
    },
  };
}
