/**
 * The progress-bar ticks, drawn by a part of the panel injected the first time there is a tick to draw
 * (utils/panel-parts.ts): the panel's first paint never waits for it. Until it has arrived the latest list is
 * kept, and drawn as soon as it does.
 */
import type { LessonClock } from '@/utils/lesson-clock';
import { loadPanelPart } from '@/utils/panel-parts';
import type { BarMarker, ProgressMarkers } from './progress-markers';
import type { TicksPart } from '@/entrypoints/margin-panel-ticks';

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
