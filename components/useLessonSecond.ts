import { useEffect, useState } from 'preact/hooks';
import type { LessonPlayer } from '@/entrypoints/margin-panel/player';

/** The lesson's current whole second (null during an ad): re-renders at most once a second. */
export function useLessonSecond(player: LessonPlayer): number | null {
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
