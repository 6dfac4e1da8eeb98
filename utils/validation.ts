/**
 * Field readers for incoming messages. Each returns a clean value or throws a PayloadError saying which field is
 * wrong and how, in words a developer (and, shown in the UI, a learner) can follow. Readers build new objects
 * from known fields only, so nothing unexpected (`__proto__`, extra keys, getters) travels further.
 */
import { NOTE_LIMITS, normalizeTags } from './notes';
import { isSeriesVideoId, type SeriesVideoId } from './series-ids';

export class PayloadError extends Error {
  override name = 'PayloadError';
}

const fail = (message: string): never => {
  throw new PayloadError(message);
};

/** Only objects as structured clone or JSON makes them: no arrays, no class instances. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * Checks that `value` is an object with exactly these fields. An optional field present as `undefined` counts as
 * absent (structured clone keeps such keys, JSON drops them).
 */
export function readFields<R extends string, O extends string = never>(
  value: unknown,
  required: readonly R[],
  optional: readonly O[] = [],
): Record<R, unknown> & Partial<Record<O, unknown>> {
  if (!isPlainObject(value)) return fail('expected an object');
  const allowed = new Set<string>([...required, ...optional]);
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) fail(`unexpected field ${JSON.stringify(key)}`);
  }
  for (const key of required) {
    if (!Object.hasOwn(value, key) || value[key] === undefined) fail(`missing field "${key}"`);
  }
  return value as Record<R, unknown> & Partial<Record<O, unknown>>;
}

export function readVideoId(value: unknown, field = 'videoId'): SeriesVideoId {
  if (typeof value !== 'string' || !isSeriesVideoId(value)) {
    return fail(`${field} is not one of the series' videos`);
  }
  return value;
}

/** A time in a video, in seconds. */
export function readSeconds(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`${field} must be a finite number`);
  if (value < 0 || value > NOTE_LIMITS.maxSeconds) {
    return fail(`${field} must be between 0 and ${NOTE_LIMITS.maxSeconds} seconds`);
  }
  return value;
}

export function readNoteText(value: unknown, field = 'text'): string {
  if (typeof value !== 'string') return fail(`${field} must be text`);
  if (value.length > NOTE_LIMITS.maxTextLength) {
    return fail(`${field} is longer than ${NOTE_LIMITS.maxTextLength} characters`);
  }
  return value;
}

/** Tags as typed: trimmed, empty ones dropped, repeats (ignoring case) kept once. */
export function readTags(value: unknown, field = 'tags'): string[] {
  if (!Array.isArray(value)) return fail(`${field} must be a list`);
  if (value.length > NOTE_LIMITS.maxTags) return fail(`${field}: at most ${NOTE_LIMITS.maxTags} tags`);
  value.forEach((tag: unknown, index) => {
    if (typeof tag !== 'string') return fail(`${field}[${index}] must be text`);
    if (tag.trim().length > NOTE_LIMITS.maxTagLength) {
      return fail(`${field}[${index}] is longer than ${NOTE_LIMITS.maxTagLength} characters`);
    }
  });
  return normalizeTags(value as string[]);
}

const NOTE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Note ids are lowercase UUIDs, as crypto.randomUUID() makes them. */
export function readNoteId(value: unknown, field = 'id'): string {
  if (typeof value !== 'string' || !NOTE_ID.test(value)) return fail(`${field} is not a note id`);
  return value;
}

export function readBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') return fail(`${field} must be true or false`);
  return value;
}

export function readOneOf<T extends string>(value: unknown, options: readonly T[], field: string): T {
  if (!(options as readonly unknown[]).includes(value)) {
    return fail(`${field} must be one of ${options.map((option) => JSON.stringify(option)).join(', ')}`);
  }
  return value as T;
}
