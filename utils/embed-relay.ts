/**
 * The lesson clock across frames, on a lesson page of www.3blue1brown.com: the panel lives in the page (frame 0),
 * the player in YouTube's embed frame inside it. The two never talk to each other directly (the page could read
 * or forge a postMessage); everything goes through the background, which knows each sender's tab and frame:
 *
 *   embed frame --'embed/reading' request--> background --EmbedReadingPush (frameId 0)--> panel
 *   panel --'lesson/player' request--> background --EmbedPlayerCommand (the embed's frameId)--> embed frame
 *
 * Declared once here for both ends, with the readers each receiving end applies. Pure.
 */
import { isPlainObject, PayloadError, readBoolean, readFields, readOneOf, readSeconds, readVideoId } from './validation';
import type { SeriesVideoId } from './series-ids';

/** What the embed's lesson clock reads now (utils/lesson-clock.ts semantics: null while it cannot say). */
export interface EmbedReading {
  /** The lesson the player confirmed it shows, or null before it does. */
  videoId: SeriesVideoId | null;
  /** Lesson seconds, or null (ad, loading, another video). */
  t: number | null;
  d: number | null;
  playing: boolean;
  ad: boolean;
}

export const PLAYER_ACTIONS = ['seek', 'play', 'pause'] as const;
export type PlayerAction = (typeof PLAYER_ACTIONS)[number];

/** The panel's request to the embed's player: `t` with a seek only. */
export interface PlayerRequest {
  frameId: number;
  action: PlayerAction;
  t?: number;
}

const nullable = <T>(value: unknown, read: (value: unknown) => T): T | null => (value === null ? null : read(value));

/** A frame of a tab as the browser numbers it: the embed is never frame 0. */
export function readSubframeId(value: unknown, field = 'frameId'): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new PayloadError(`${field} must be the number of a frame inside the page`);
  }
  return value;
}

export function readEmbedReading(value: unknown): EmbedReading {
  const fields = readFields(value, ['videoId', 't', 'd', 'playing', 'ad']);
  return {
    videoId: nullable(fields.videoId, (id) => readVideoId(id)),
    t: nullable(fields.t, (t) => readSeconds(t, 't')),
    d: nullable(fields.d, (d) => readSeconds(d, 'd')),
    playing: readBoolean(fields.playing, 'playing'),
    ad: readBoolean(fields.ad, 'ad'),
  };
}

export function readPlayerRequest(value: unknown): PlayerRequest {
  const fields = readFields(value, ['frameId', 'action'], ['t']);
  const action = readOneOf(fields.action, PLAYER_ACTIONS, 'action');
  const request: PlayerRequest = { frameId: readSubframeId(fields.frameId), action };
  if (action === 'seek') {
    if (fields.t === undefined) throw new PayloadError('a seek needs t');
    request.t = readSeconds(fields.t, 't');
  } else if (fields.t !== undefined) {
    throw new PayloadError(`${action} takes no t`);
  }
  return request;
}

/** Background → the lesson page's frame 0: a reading of the embed in frame `frameId` of the same tab. */
export interface EmbedReadingPush {
  margin: 1;
  type: 'embed-reading';
  frameId: number;
  reading: EmbedReading;
}

/** Background → the embed frame: what the panel asked of its player. */
export interface EmbedPlayerCommand {
  margin: 1;
  type: 'embed-player';
  action: PlayerAction;
  t?: number;
}

export function embedReadingPush(frameId: number, reading: EmbedReading): EmbedReadingPush {
  return { margin: 1, type: 'embed-reading', frameId, reading };
}

export function embedPlayerCommand({ action, t }: Omit<PlayerRequest, 'frameId'>): EmbedPlayerCommand {
  return t === undefined ? { margin: 1, type: 'embed-player', action } : { margin: 1, type: 'embed-player', action, t };
}

function tryRead<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof PayloadError) return undefined;
    throw error;
  }
}

/** The push if `message` is a well-formed one, else undefined (checked field by field, as every request is). */
export function readEmbedReadingPush(message: unknown): { frameId: number; reading: EmbedReading } | undefined {
  if (!isPlainObject(message) || message.margin !== 1 || message.type !== 'embed-reading') return undefined;
  return tryRead(() => {
    const fields = readFields(message, ['margin', 'type', 'frameId', 'reading']);
    return { frameId: readSubframeId(fields.frameId), reading: readEmbedReading(fields.reading) };
  });
}

export function readEmbedPlayerCommand(message: unknown): Omit<PlayerRequest, 'frameId'> | undefined {
  if (!isPlainObject(message) || message.margin !== 1 || message.type !== 'embed-player') return undefined;
  return tryRead(() => {
    const fields = readFields(message, ['margin', 'type', 'action'], ['t']);
    const { action, t } = readPlayerRequest({ frameId: 1, action: fields.action, t: fields.t });
    return t === undefined ? { action } : { action, t };
  });
}
