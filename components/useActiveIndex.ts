import { useEffect, useState } from 'preact/hooks';
import { findActiveIndex } from '@/utils/catalog';
import type { LessonClock } from '@/utils/lesson-clock';

/**
 * The index of the item (by start second) that contains the lesson's current time. Re-renders only when that
 * index changes, never on every timeupdate. While an ad plays the lesson's time is unknown, so it holds still.
 */
export function useActiveIndex<T>(player: LessonClock, items: readonly T[], startOf: (item: T) => number): number {
  const compute = (previous: number) => {
    const t = player.lessonTime();
    return t === null ? previous : findActiveIndex(items, t, startOf);
  };
  const [active, setActive] = useState(() => compute(-1));
  useEffect(() => {
    const controller = new AbortController();
    const update = () => setActive((previous) => compute(previous));
    update();
    player.subscribe(update, controller.signal);
    return () => controller.abort();
  }, [player, items]);
  return active;
}
