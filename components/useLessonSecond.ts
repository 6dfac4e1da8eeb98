import { useEffect, useState } from 'preact/hooks';
import type { LessonClock } from '@/utils/lesson-clock';

/** The lesson's current whole second (null during an ad): re-renders at most once a second. */
export function useLessonSecond(player: LessonClock): number | null {
  const read = () => {
    const t = player.lessonTime();
    return t === null ? null : Math.floor(t);
  };
  const [second, setSecond] = useState(read);
  useEffect(() => {
    const controller = new AbortController();
    player.subscribe(() => setSecond(read()), controller.signal);
    return () => controller.abort();
  }, [player]);
  return second;
}
