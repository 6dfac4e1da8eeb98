import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { sendRequest } from '@/utils/messaging';
import type { Progress } from '@/utils/progress';
import type { SeriesVideoId } from '@/utils/series-ids';
import { createWatchTracker, type Stretch } from '@/utils/watch-tracker';
import type { LessonClock } from '@/utils/lesson-clock';

/** During long unbroken playback, what was watched is still saved this often. */
const SAVE_EVERY_MS = 15_000;
/** A learner who stopped closer than this to either end has nothing to resume. */
const RESUME_MARGIN_S = 15;

/**
 * What was recorded of this video, as last saved. Not state of the panel: a save every 15 s of playback would draw
 * the whole panel again (about 6 ms in Chromium here) for a line of its header; the header alone follows it
 * (`useRecordedProgress`).
 */
export interface RecordedProgress {
  current(): Progress | null;
  /** Calls `listener` after each change; returns the way to stop. */
  subscribe(listener: () => void): () => void;
}

function createRecordedProgress(): RecordedProgress & { set(progress: Progress | null): void } {
  let value: Progress | null = null;
  const listeners = new Set<() => void>();
  return {
    current: () => value,
    set(progress) {
      if (progress === value) return;
      value = progress;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The recorded progress, for the component that shows it: that component alone is drawn again when it changes. */
export function useRecordedProgress(recorded: RecordedProgress): Progress | null {
  const shown = recorded.current();
  const [, redraw] = useState(0);
  // Subscribed in the render's own task (a layout effect), and checked once: nothing saved between the render and
  // the subscription goes unshown.
  useLayoutEffect(() => {
    const stop = recorded.subscribe(() => redraw((n) => n + 1));
    if (recorded.current() !== shown) redraw((n) => n + 1);
    return () => void stop();
  }, [recorded]); // `shown` as the first render drew it: later renders read the store themselves
  return shown;
}

export interface WatchProgress {
  progress: RecordedProgress;
  /** Where the learner left this video last time, offered once when it opens at its start. */
  resumeAt: number | null;
  dismissResume: () => void;
}

/**
 * Records which seconds of this video the learner watched (ads left out; see watch-tracker.ts) and where they
 * stopped, through the background, and offers to resume where they left off.
 */
export function useWatchProgress(videoId: SeriesVideoId, player: LessonClock, fallbackDuration: number): WatchProgress {
  const [progress] = useState(createRecordedProgress);
  const setProgress = progress.set;
  /** Where the learner stopped last time, while it is still worth offering (until resumed or dismissed). */
  const [stoppedAt, setStoppedAt] = useState<number | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const tracker = createWatchTracker();
    let lastSave = Date.now();
    setProgress(null);
    setStoppedAt(null);

    const save = (stretch: Stretch | null) => {
      const position = player.lessonTime();
      if (!stretch) return;
      lastSave = Date.now();
      sendRequest('progress/record', { videoId, from: stretch.from, to: stretch.to, position: position ?? stretch.to }).then(
        (saved) => !controller.signal.aborted && setProgress(saved),
        () => undefined, // Progress is best effort: a lost stretch only under-counts what was watched.
      );
    };
    const onPlayer = () => {
      const reading = { t: player.lessonTime(), playing: player.isPlaying() };
      save(tracker.observe(reading));
      if (reading.playing && Date.now() - lastSave > SAVE_EVERY_MS) {
        save(tracker.flush());
        tracker.observe(reading); // and carry on from here
      }
    };
    // The clock tells playback moving on once a second: a last reading now counts the moment the page was left in
    // (after a navigation the old lesson reads as no time, which ends the stretch where it was).
    const onHide = () => save(tracker.observe({ t: player.lessonTime(), playing: player.isPlaying() }) ?? tracker.flush());

    sendRequest('progress/get', { videoId }).then(
      (stored) => {
        if (controller.signal.aborted) return;
        setProgress(stored);
        // Offered only when the video opens at its start; whether the spot is too close to the end waits for a
        // duration (below): on a fresh load the answer can come before the player or the lesson's catalog has one.
        const position = stored?.lastPosition ?? 0;
        const now = player.lessonTime() ?? 0;
        if (position >= RESUME_MARGIN_S && now < RESUME_MARGIN_S) setStoppedAt(position);
      },
      () => undefined,
    );
    player.subscribe(onPlayer, controller.signal);
    window.addEventListener('pagehide', onHide, { signal: controller.signal });
    return () => {
      onHide();
      controller.abort();
    };
  }, [videoId, player, setProgress]);

  return { progress, resumeAt: resumeOffer(stoppedAt, player.duration() ?? fallbackDuration), dismissResume: () => setStoppedAt(null) };
}

/** The second to offer, or none: not before the video's length is known (0), nor within the margin of its end. */
function resumeOffer(stoppedAt: number | null, duration: number): number | null {
  if (stoppedAt === null || !(duration > 0) || stoppedAt >= duration - RESUME_MARGIN_S) return null;
  return Math.floor(stoppedAt);
}
