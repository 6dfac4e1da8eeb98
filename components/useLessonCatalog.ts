/**
 * The lesson on screen as the panel knows it: its full catalog (chapters, glossary), asked of the background the
 * moment the lesson is recognised (`prefetchLesson`), and the series in brief that came with it. The panel's script
 * bundles no catalog; the neighbours of the lesson shown are fetched ahead, so that "next chapter" paints at once.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { SeriesVideo } from '@/utils/catalog';
import { sendRequest } from '@/utils/messaging';
import type { ResponseOf } from '@/utils/protocol';
import { seriesNeighbours, type SeriesIndex } from '@/utils/series-index';
import type { SeriesVideoId } from '@/utils/series-ids';

const lessons = new Map<string, Promise<SeriesVideo>>();
const loaded = new Map<string, SeriesVideo>();
let knownSeries: SeriesIndex | null = null;

/**
 * Starts loading a lesson's catalog (once; a failed load is tried again next time). `asked`: the same request,
 * already sent by someone else (the content script, with the panel's code).
 */
export function prefetchLesson(videoId: SeriesVideoId, asked?: Promise<ResponseOf<'catalog/get'>>): Promise<SeriesVideo> {
  let pending = lessons.get(videoId);
  if (!pending) {
    pending = (asked ?? sendRequest('catalog/get', { videoId })).then(({ video, series }) => {
      knownSeries ??= series;
      loaded.set(videoId, video);
      return video;
    });
    pending.catch(() => lessons.delete(videoId));
    lessons.set(videoId, pending);
  }
  return pending;
}

export interface LessonCatalog {
  /** Undefined until it arrived. */
  video: SeriesVideo | undefined;
  series: SeriesIndex | null;
  /** Why it could not be loaded, in words for the learner; '' when all is well. */
  problem: string;
}

export function useLessonCatalog(videoId: SeriesVideoId): LessonCatalog {
  const [, setVersion] = useState(0);
  const [problem, setProblem] = useState('');
  const video = loaded.get(videoId);
  // A layout effect: the catalog asked for when the lesson was recognised is shown the moment it arrives.
  useLayoutEffect(() => {
    let live = true;
    prefetchLesson(videoId).then(
      () => {
        if (!live) return;
        setProblem('');
        setVersion((v) => v + 1);
        // The chapters a learner most often goes to next: ready before they are asked for. At once, not when the
        // page is idle: a learner who presses "Continue" a moment after the page loaded must find the next chapter's
        // catalog here, or the panel is drawn anew while it loads and the focus meant for its heading is lost
        // (first-run e2e, twice in CI with the idle wait).
        const { previous, next } = seriesNeighbours(knownSeries ?? [], videoId);
        for (const neighbour of [next, previous]) if (neighbour) void prefetchLesson(neighbour.videoId).catch(() => undefined);
      },
      (error: unknown) => {
        if (live) setProblem(`Margin could not load this lesson: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [videoId]);
  return { video, series: knownSeries, problem };
}
