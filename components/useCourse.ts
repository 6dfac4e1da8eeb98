import { useEffect, useState } from 'preact/hooks';
import { courseState, type Course } from '@/utils/course';
import { sendRequest } from '@/utils/messaging';
import { SERIES_OUTLINE } from '@/utils/series-outline';

/**
 * The learner's place in the series (null until the background answered): read as the view opens, and again
 * when `readAgain` changes (the panel: another video).
 */
export function useCourse(readAgain?: unknown): Course | null {
  const [course, setCourse] = useState<Course | null>(null);
  useEffect(() => {
    let current = true;
    sendRequest('progress/list-all', {}).then(
      (progress) => current && setCourse(courseState(SERIES_OUTLINE, progress)),
      () => current && setCourse(courseState(SERIES_OUTLINE, [])),
    );
    return () => {
      current = false;
    };
  }, [readAgain]);
  return course;
}
