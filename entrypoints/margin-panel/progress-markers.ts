/**
 * Margin's ticks on YouTube's own progress bar: the learner's notes, the lesson's key moments, glossary terms.
 * The geometry is pure (utils/marker-layout.ts); this file finds the bar, measures it, draws, and cleans up.
 * - The bar is YouTube's and must keep working: ticks take no pointer events, hover is found by listening
 *   passively on the bar, and nothing here calls preventDefault or stopPropagation.
 * - Our elements live in one <margin-markers> host with a closed shadow root, so YouTube's CSS and ours never
 *   meet and the page's scripts cannot read the labels (a note's first words); no note text goes into an
 *   attribute. DOM is built element by element and text set with textContent, as the page enforces Trusted Types.
 * - YouTube may build or replace the bar at any time, so it is looked up again on every update, and a replaced
 *   bar (seen by a MutationObserver on the player) brings an update in the same frame.
 */
import { layoutMarkers, markersUnderPointer } from '@/utils/marker-layout';
import type { BarMarker, BarSegment, PlacedMarker } from '@/utils/marker-layout';
import type { LessonClock } from '@/utils/lesson-clock';
import { createView, drawTicks, showLabel } from './progress-markers-view';
import { chapterSegments, findProgressBar, MOBILE_BAR_HOST, PLAYER_AREAS } from '@/utils/player-dom';

export type { BarMarker, BarMarkerKind } from '@/utils/marker-layout';

/**
 * One per panel session (made with the session's signal); the panel calls `set(lessonBarMarkers(video, notes))`
 * whenever the lesson or its notes change.
 */
export interface ProgressMarkers {
  /** Replaces every tick; cheap to call again with an equal list. */
  set(markers: readonly BarMarker[]): void;
}

export { MARKERS_HOST_TAG } from './progress-markers-view';
/** How near the pointer must come to a 2px tick for its label to show. */
const HOVER_TOLERANCE_PX = 6;
/** How near a finger's tap must come to a tick (a fingertip covers about 10 px; the bar is a few px tall). */
const TAP_TOLERANCE_PX = 16;
/** How long a tapped tick's label stays (there is no hover to end it). */
const TAP_LABEL_MS = 4000;

export function createProgressMarkers(doc: Document, player: LessonClock, signal: AbortSignal): ProgressMarkers {
  const view = createView(doc);
  let markers: readonly BarMarker[] = [];
  let placed: PlacedMarker[] = [];
  let bar: HTMLElement | null = null;
  let barListeners: AbortController | undefined;
  /** The bar's width and chapter segments; null when they must be measured again. */
  let geometry: Geometry | null = null;
  /** What the ticks on screen were drawn from; a change of any part redraws them. */
  let drawn: { markers: readonly BarMarker[]; duration: number; geometry: Geometry } | undefined;
  let hovered: PlacedMarker[] = [];
  let frame = 0;
  let tapTimer: ReturnType<typeof setTimeout> | undefined;

  const invalidate = () => {
    geometry = null;
    schedule();
  };
  // Resizes of the bar (theater, fullscreen, window) or of any chapter segment move the ticks.
  const resizes = new ResizeObserver(invalidate);
  // YouTube rebuilds the chapter list when a video's chapters arrive, which need not change the bar's size.
  const rebuilds = new MutationObserver(() => {
    observeSizes();
    invalidate();
  });
  // YouTube also replaces the bar node itself (on a video-data change): the ticks move to the new bar within the
  // frame, whether or not the video is playing. Only a lost or missing bar schedules anything.
  const replacements = new MutationObserver(() => {
    if (!bar?.isConnected) schedule();
  });
  let observedPlayer: Element | null = null;
  // The phone site keeps its bar beside #movie_player, in the player's box: the whole box is watched there.
  const observePlayer = () => {
    const player = doc.querySelector(PLAYER_AREAS.join(', '));
    if (player === observedPlayer) return;
    replacements.disconnect();
    if (player) replacements.observe(player, { childList: true, subtree: true });
    observedPlayer = player;
  };
  const observeSizes = () => {
    resizes.disconnect();
    if (!bar) return;
    resizes.observe(bar);
    for (const segment of chapterSegments(bar)) resizes.observe(segment);
  };

  function attach(next: HTMLElement | null) {
    barListeners?.abort();
    rebuilds.disconnect();
    bar = next;
    geometry = null;
    hideLabel();
    observeSizes();
    if (!next) return view.host.remove();
    barListeners = new AbortController();
    const options = { passive: true, signal: barListeners.signal };
    next.addEventListener('pointermove', (event) => hover(event.clientX), options);
    next.addEventListener('pointerleave', (event) => event.pointerType === 'mouse' && hideLabel(), options);
    // No hover on a touch screen: a tap on the bar near a tick shows its label for a while. The tap is listened to
    // on the bar's whole touch area (the phone site's is much taller than its line) and still seeks, as YouTube's.
    const touchArea = next.closest<HTMLElement>(MOBILE_BAR_HOST) ?? next;
    touchArea.addEventListener('pointerup', (event) => event.pointerType !== 'mouse' && tapped(event.clientX), options);
    rebuilds.observe(next, { childList: true, subtree: true });
  }

  function update() {
    frame = 0;
    if (signal.aborted) return;
    observePlayer();
    // The bar in use is kept while it is in the page and not measured empty (a hidden copy); only then is the page
    // searched again, so a playing video's updates cost no lookups.
    const current = bar?.isConnected && (geometry === null || geometry.width > 0) ? bar : findProgressBar(doc);
    if (current !== bar) attach(current);
    if (!bar) return;
    // YouTube may clear the bar's children; the host goes back last so it paints over the progress lists.
    if (view.host.parentNode !== bar) bar.append(view.host);
    // Null during an ad, when the bar is the ad's: the ticks hide rather than sit on the ad's duration.
    const duration = player.duration();
    view.host.style.display = duration === null ? 'none' : '';
    if (duration === null) return hideLabel();
    if (!geometry) {
      // Measured again (a resize, a rebuilt bar, the observers' first report): kept as it was when nothing moved.
      const measured = measure(bar, view.host);
      geometry = drawn && sameGeometry(measured, drawn.geometry) ? drawn.geometry : measured;
    }
    if (drawn && drawn.markers === markers && drawn.duration === duration && drawn.geometry === geometry) return;
    drawn = { markers, duration, geometry };
    placed = layoutMarkers(markers, duration, geometry.width, geometry.segments);
    drawTicks(view, placed);
    hideLabel();
  }

  function ticksDrawn(): boolean {
    return drawn !== undefined && bar !== null && bar.isConnected && view.host.parentNode === bar && view.host.style.display !== 'none';
  }

  function schedule() {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(update);
  }

  function hover(clientX: number) {
    if (!bar || !geometry || placed.length === 0) return;
    const under = markersUnderPointer(placed, clientX - bar.getBoundingClientRect().left, HOVER_TOLERANCE_PX);
    if (under.length === 0) return hideLabel();
    if (under.length === hovered.length && under.every((p, i) => p === hovered[i])) return;
    hovered = under;
    showLabel(view, under, geometry.width);
  }

  function tapped(clientX: number) {
    if (!bar || !geometry || placed.length === 0) return;
    const under = markersUnderPointer(placed, clientX - bar.getBoundingClientRect().left, TAP_TOLERANCE_PX);
    if (under.length === 0) return hideLabel();
    hovered = under;
    showLabel(view, under, geometry.width);
    tapTimer = setTimeout(hideLabel, TAP_LABEL_MS);
  }

  function hideLabel() {
    clearTimeout(tapTimer);
    hovered = [];
    view.label.hidden = true;
  }

  // Duration (durationchange, loadedmetadata), new media and the ad class all come through the player's one signal.
  // Playback moving on ('time', once a lesson second) changes none of what the ticks are drawn from: once they
  // are drawn, those updates are skipped (no frame requested, no reading of the clock); until then they are the
  // retry, should the bar or the duration not be there yet. Ticks not drawn yet are drawn at once, in the task
  // that told the change (the clock tells a media event after the page's own listeners for it, so an ad is
  // known by then): on a fresh load the video's length arrives after the panel, and the ticks then appear in the
  // frame the length does rather than the one after.
  player.subscribe((change) => {
    if (!ticksDrawn()) {
      cancelAnimationFrame(frame);
      update();
    } else if (change === 'state') schedule();
  }, signal);
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(tapTimer);
    barListeners?.abort();
    resizes.disconnect();
    rebuilds.disconnect();
    replacements.disconnect();
    view.host.remove();
  }, { once: true });
  schedule();

  return {
    set(next) {
      if (signal.aborted || sameMarkers(next, markers)) return;
      markers = next;
      // Ticks on screen already are drawn again at once (notes that arrived, a note added): the frame that shows
      // the panel's change shows the bar's. The first drawing waits for the next frame or the clock's next change
      // (above): the panel's first render may come before the player has said whether an ad is playing.
      if (ticksDrawn()) {
        cancelAnimationFrame(frame);
        update();
      } else schedule();
    },
  };
}

function sameMarkers(a: readonly BarMarker[], b: readonly BarMarker[]): boolean {
  return a.length === b.length && a.every((m, i) => m.t === b[i]!.t && m.kind === b[i]!.kind && m.label === b[i]!.label);
}

interface Geometry {
  width: number;
  segments: BarSegment[];
}

function sameGeometry(a: Geometry, b: Geometry): boolean {
  return (
    a.width === b.width &&
    a.segments.length === b.segments.length &&
    a.segments.every((s, i) => s.left === b.segments[i]!.left && s.width === b.segments[i]!.width)
  );
}

/**
 * The bar's width and chapter segments (px from the bar's left edge), with the host fitted over the bar.
 * YouTube positions its bar, so `inset: 0` covers it; should a page not, the host's containing block is some
 * ancestor, and the host is pinned to the bar's box by hand instead.
 */
function measure(bar: HTMLElement, host: HTMLElement): Geometry {
  const box = bar.getBoundingClientRect();
  Object.assign(host.style, { left: '0', top: '0', right: '0', bottom: '0', width: '', height: '' });
  const at = host.getBoundingClientRect();
  if ((['left', 'top', 'width', 'height'] as const).some((key) => Math.abs(at[key] - box[key]) > 0.5)) {
    const pin = { left: box.left - at.left, top: box.top - at.top, width: box.width, height: box.height };
    Object.assign(host.style, { right: 'auto', bottom: 'auto' });
    for (const [key, px] of Object.entries(pin)) host.style.setProperty(key, `${px}px`);
  }
  const segments = chapterSegments(bar).map((segment) => {
    const rect = segment.getBoundingClientRect();
    return { left: rect.left - box.left, width: rect.width };
  });
  return { width: box.width, segments };
}
