/**
 * The progress-bar ticks, drawn by a part of the panel injected the first time there is a tick to draw
 * (utils/panel-parts.ts): the panel's first paint never waits for it. Until it has arrived the latest list is
 * kept, and drawn as soon as it does.
 */
import type { LessonClock } from '@/utils/lesson-clock';
import { loadPanelPart } from '@/utils/panel-parts';
import type { BarMarker, ProgressMarkers } from './progress-markers';
import type { TicksPart } from '@/entrypoints/margin-panel-ticks';

/**
 * Asks for the ticks' part with the lesson's first paint (every lesson has key moments to mark). That draws nothing:
 * the ticks are drawn once the panel hands them a list, and read the lesson clock, which reads no time from a video
 * before the page has told its first media event (so a stitched ad playing from the start is known as one).
 */
export function prefetchTicks(): void {
  void loadPanelPart<TicksPart>('ticks').catch(() => undefined); // `set` asks again, and says what failed
}

export function createLazyProgressMarkers(doc: Document, player: LessonClock, signal: AbortSignal): ProgressMarkers {
  let latest: readonly BarMarker[] = [];
  let drawing: ProgressMarkers | undefined;
  let loading = false;
  return {
    set(markers) {
      latest = markers;
      if (drawing) return drawing.set(markers);
      if (loading || markers.length === 0) return;
      loading = true;
      loadPanelPart<TicksPart>('ticks').then(
        ({ createProgressMarkers }) => {
          if (signal.aborted) return;
          drawing = createProgressMarkers(doc, player, signal);
          drawing.set(latest);
        },
        (error: unknown) => {
          loading = false; // the next list tries again
          console.warn('[Margin] the progress-bar ticks could not be loaded:', error);
        },
      );
    },
  };
}
