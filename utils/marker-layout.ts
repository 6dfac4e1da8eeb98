/**
 * Where Margin's ticks go on YouTube's progress bar: pure geometry, no DOM. The glue in
 * entrypoints/margin-panel/progress-markers.ts measures the bar and its chapter segments and hands them here.
 */
import type { SeriesVideo } from './catalog';
import type { Note } from './notes';
import { formatTime } from './time';

export type BarMarkerKind = 'note' | 'moment' | 'term';

export interface BarMarker {
  /** Seconds into the lesson. */
  t: number;
  kind: BarMarkerKind;
  /**
   * Shown on hover as plain text, shortened then (shortLabel): a key moment's title, a term, or a note's text. A
   * lesson's thousand notes are not each shortened on a fresh load, where the ticks wait on the page's video.
   */
  label: string;
}

/**
 * The ticks of one lesson: its key moments, the learner's notes that are not deleted, and its glossary terms when
 * asked for (many of them, so they are opt-in). A note with no text still gets a label that says where it is.
 */
export function lessonBarMarkers(
  video: Pick<SeriesVideo, 'chapters' | 'glossary'>,
  notes: readonly Pick<Note, 't' | 'text' | 'deletedAt'>[],
  options: { terms?: boolean } = {},
): BarMarker[] {
  const moments = video.chapters.map((c): BarMarker => ({ t: c.start, kind: 'moment', label: c.title }));
  const terms = options.terms ? video.glossary.map((g): BarMarker => ({ t: g.t, kind: 'term', label: g.term })) : [];
  const mine = notes
    .filter((n) => n.deletedAt === undefined)
    .map((n): BarMarker => ({ t: n.t, kind: 'note', label: /\S/.test(n.text) ? n.text : `Note at ${formatTime(n.t)}` }));
  return [...moments, ...terms, ...mine];
}

/** A chapter segment of the bar, in px from the bar's left edge. */
export interface BarSegment {
  left: number;
  width: number;
}

export interface PlacedMarker {
  marker: BarMarker;
  /** Centre of the tick, in px from the bar's left edge. */
  x: number;
}

/** Half a tick's width: a tick centred this far inside a segment's edge is drawn wholly on the segment. */
export const DEFAULT_EDGE_INSET_PX = 1;

/**
 * Places each marker at t / duration of the bar's width, then moves it just inside the chapter segment that holds
 * that point or, when it falls in a gap between segments or beyond the last one, the nearest segment. YouTube
 * draws chapters as separate pieces with small gaps; a tick in a gap would float over nothing.
 * Markers with no usable time, or outside [0, duration], are dropped; so is everything when the duration or the
 * width is unknown (no metadata yet, or the bar is hidden).
 */
export function layoutMarkers(
  markers: readonly BarMarker[],
  duration: number,
  barWidth: number,
  segments: readonly BarSegment[],
  edgeInset: number = DEFAULT_EDGE_INSET_PX,
): PlacedMarker[] {
  if (!(duration > 0) || !Number.isFinite(duration) || !(barWidth > 0) || !Number.isFinite(barWidth)) return [];
  const usable = segments
    .filter((s) => Number.isFinite(s.left) && Number.isFinite(s.width) && s.width > 0)
    .slice()
    .sort((a, b) => a.left - b.left);
  const placed: PlacedMarker[] = [];
  for (const marker of markers) {
    if (!Number.isFinite(marker.t) || marker.t < 0 || marker.t > duration) continue;
    const plain = (marker.t / duration) * barWidth;
    placed.push({ marker, x: usable.length > 0 ? snapIntoSegments(plain, usable, edgeInset) : plain });
  }
  return placed;
}

/** `segments` sorted by left, each with a positive width. */
function snapIntoSegments(x: number, segments: readonly BarSegment[], inset: number): number {
  let best = segments[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const segment of segments) {
    const distance = distanceToSegment(x, segment);
    // `<=`: on a tie (a point exactly between two segments) the later one wins, because a key moment at a
    // chapter's start belongs to the chapter it starts, not to the one that just ended.
    if (distance <= bestDistance) {
      best = segment;
      bestDistance = distance;
    }
    if (distance === 0) break;
  }
  const low = best.left + inset;
  const high = best.left + best.width - inset;
  // A segment narrower than a tick: its centre is as inside as a tick can get.
  if (low > high) return best.left + best.width / 2;
  return Math.min(high, Math.max(low, x));
}

function distanceToSegment(x: number, segment: BarSegment): number {
  if (x < segment.left) return segment.left - x;
  const right = segment.left + segment.width;
  return x > right ? x - right : 0;
}

/**
 * Index of the x nearest to the pointer, if it is within `tolerancePx`; otherwise -1. The ticks never take the
 * pointer themselves (they must not block the bar), so hover is found by distance. Ties go to the first.
 */
export function nearestMarker(xs: readonly number[], pointerX: number, tolerancePx: number): number {
  let found = -1;
  let bestDistance = tolerancePx;
  for (let i = 0; i < xs.length; i++) {
    const distance = Math.abs(xs[i]! - pointerX);
    if (distance < bestDistance || (found === -1 && distance === bestDistance)) {
      found = i;
      bestDistance = distance;
    }
  }
  return found;
}

/**
 * What the hover shows: the nearest tick and every other tick drawn on top of it (a note taken at a key moment),
 * so that no label hides behind another. Key moments first, then terms, then notes, each in time order.
 */
export function markersUnderPointer(
  placed: readonly PlacedMarker[],
  pointerX: number,
  tolerancePx: number,
  overlapPx: number = 2 * DEFAULT_EDGE_INSET_PX,
): PlacedMarker[] {
  const index = nearestMarker(
    placed.map((p) => p.x),
    pointerX,
    tolerancePx,
  );
  if (index < 0) return [];
  const centre = placed[index]!.x;
  return placed
    .filter((p) => Math.abs(p.x - centre) <= overlapPx)
    .sort((a, b) => KIND_ORDER[a.marker.kind] - KIND_ORDER[b.marker.kind] || a.marker.t - b.marker.t);
}

const KIND_ORDER: Record<BarMarkerKind, number> = { moment: 0, term: 1, note: 2 };

/** Longest hover label, in characters. A note can hold 10,000. */
export const LABEL_MAX_CHARS = 60;

/**
 * A label short enough for a hover: whitespace collapsed (a note's line breaks), and cut at a word boundary
 * with an ellipsis when longer than `max` characters. Counts code points so an emoji is never cut in half.
 */
export function shortLabel(text: string, max: number = LABEL_MAX_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // Cutting at the last space only when it keeps most of the room: one long word is cut mid-word instead.
  const words = lastSpace >= cut.length / 2 ? cut.slice(0, lastSpace) : cut;
  return `${words.trimEnd()}…`;
}

/**
 * Left edge of a label of `labelWidth` centred on the tick at `x`, kept within the bar so that a label for a tick
 * near either end is not cut off by the player's edge.
 */
export function labelLeft(x: number, labelWidth: number, barWidth: number): number {
  const centred = x - labelWidth / 2;
  if (labelWidth >= barWidth) return 0;
  return Math.min(barWidth - labelWidth, Math.max(0, centred));
}
