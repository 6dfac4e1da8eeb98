import { useEffect, useState } from 'preact/hooks';
import { findActiveIndex } from '@/utils/catalog';
import type { LessonClock } from '@/utils/lesson-clock';

/**
 * The index of the item (by start second) that contains the lesson's current time. Re-renders only when that
 * index changes, never on every timeupdate. While an ad plays the lesson's time is unknown, so it holds still;
 * but a new list (the next lesson) starts with nothing marked until its time is known, never with the old index.
 */
export function useActiveIndex<T>(player: LessonClock, items: readonly T[], startOf: (item: T) => number): number {
  const compute = (previous: number) => {
    const t = player.lessonTime();
    return t === null ? previous : findActiveIndex(items, t, startOf);
  };
  const [state, setState] = useState(() => ({ items, index: compute(-1) }));
  useEffect(() => {
    const controller = new AbortController();
    const update = () =>
      setState((previous) => {
        const index = compute(previous.items === items ? previous.index : -1);
        return previous.items === items && previous.index === index ? previous : { items, index };
      });
    update();
    player.subscribe(update, controller.signal);
    return () => controller.abort();
  }, [player, items]);
  return state.items === items ? state.index : compute(-1);
}
