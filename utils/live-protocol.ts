/**
 * Live push between the background and open views, over a long-lived port (`runtime.connect`): a view says
 * what it shows, the background pushes every change to it. Never polling.
 */
import type { Draft, Note } from './notes';
import type { SeriesVideoId } from './series-ids';
import type { Settings } from './settings';
import type { SyncStatus } from './sync-status';
import { isPlainObject, PayloadError, readFields, readVideoId } from './validation';

export const LIVE_PORT_NAME = 'margin-live';

/** One video's notes (the panel), or every video's (the notebook). */
export type LiveFilter = { videoId: SeriesVideoId } | { all: true };

/** View → background; sending it again replaces the filter. */
export interface LiveSubscribe {
  margin: 1;
  type: 'live/subscribe';
  filter: LiveFilter;
  /**
   * A panel's subscription (one video's filter only): each confirmation (`live/ready`) brings the video's notes and
   * the settings, read after the subscription took effect, so that the panel needs no request of its own after it.
   */
  withNotes?: true;
}

/** What a panel's `live/ready` brings: the video's live notes in order, and the learner's settings. */
export interface LessonSnapshot {
  notes: Note[];
  settings: Settings;
}

/** Background → view, after each successful write. */
export type LiveEvent =
  | { type: 'notes/changed'; videoId: SeriesVideoId; note: Note }
  | { type: 'settings/changed'; settings: Settings }
  /**
   * The video's draft was written, or discarded (draft: null; `discarded`: the id of the note it wrote or
   * edited, `discardedSession` the writing it belonged to): every panel of that writing follows it.
   */
  | { type: 'drafts/changed'; videoId: SeriesVideoId; draft: Draft | null; discarded?: string; discardedSession?: string }
  /** A sync pass ended (background/sync/): for the pages that show sync's state. */
  | { type: 'sync/changed'; status: SyncStatus };

/**
 * `live/ready` confirms a subscription: from then on no change is missed, so that is when to (re)fetch. For a
 * subscription `withNotes`, it brings what the view would fetch (`lesson`; absent if that could not be read, and
 * the view fetches it itself); changes made while it was being read come after it.
 */
export type LivePush = LiveEvent | { type: 'live/ready'; lesson?: LessonSnapshot };

function readFilter(value: unknown): LiveFilter {
  if (isPlainObject(value) && Object.hasOwn(value, 'all')) {
    if (readFields(value, ['all']).all !== true) throw new PayloadError('filter.all must be true');
    return { all: true };
  }
  return { videoId: readVideoId(readFields(value, ['videoId']).videoId, 'filter.videoId') };
}

export function parseLiveRequest(message: unknown): { ok: true; value: LiveSubscribe } | { ok: false; error: string } {
  try {
    const fields = readFields(message, ['margin', 'type', 'filter'], ['withNotes']);
    if (fields.margin !== 1 || fields.type !== 'live/subscribe') return { ok: false, error: 'not a live subscription' };
    const filter = readFilter(fields.filter);
    if (fields.withNotes === undefined) return { ok: true, value: { margin: 1, type: 'live/subscribe', filter } };
    if (fields.withNotes !== true) throw new PayloadError('withNotes must be true');
    if (!('videoId' in filter)) throw new PayloadError('withNotes needs a video');
    return { ok: true, value: { margin: 1, type: 'live/subscribe', filter, withNotes: true } };
  } catch (error) {
    if (error instanceof PayloadError) return { ok: false, error: `live/subscribe: ${error.message}` };
    throw error;
  }
}

const PUSH_TYPES: readonly unknown[] = [
  'notes/changed',
  'settings/changed',
  'drafts/changed',
  'sync/changed',
  'live/ready',
] satisfies LivePush['type'][];

/** The view's side: only the background holds the other end of its port, so a shape check is enough. */
export function readLivePush(message: unknown): LivePush | undefined {
  return isPlainObject(message) && PUSH_TYPES.includes(message.type) ? (message as unknown as LivePush) : undefined;
}

export function matchesFilter(filter: LiveFilter, event: LiveEvent): boolean {
  if (event.type === 'settings/changed') return true;
  // Drafts belong to the panels of their video; the pages never show them.
  if (event.type === 'drafts/changed') return 'videoId' in filter && filter.videoId === event.videoId;
  // Only the pages (popup, notebook, options) show sync's state; the panels need not hear of every pass.
  if (event.type === 'sync/changed') return 'all' in filter;
  return 'all' in filter || filter.videoId === event.videoId;
}
