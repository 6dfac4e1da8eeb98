/**
 * A whole note as stored (id, stamps, maybe a tombstone) read from outside: an import file, or the import
 * request that carries it to the background. Every field is read by the readers in validation.ts; each problem
 * goes to `report` with where it is (`notes[3].t must be a finite number`). The importer collects them all, so
 * that a learner sees every problem of a file at once; the request's validator throws at the first, since
 * the page already checked and a second list would help no one.
 */
import type { Note } from './notes';
import { latestStamp } from './stamps';
import { isPlainObject, PayloadError, readNoteId, readNoteText, readSeconds, readTags, readVideoId } from './validation';

/** Receives one problem, already saying where it is. May throw to stop at the first. */
export type Report = (problem: string) => void;

/**
 * The most notes one import may bring. A learner writes tens to hundreds; 20 000 short notes are a file of about
 * 6 MB and a message the browser still carries in one piece.
 */
export const MAX_NOTES_PER_IMPORT = 20_000;

/**
 * The most characters of text and tags one import may bring, all notes together: as much as the largest file
 * the notebook reads (utils/import.ts), so that the background refuses on its own what no page should send.
 */
export const MAX_CHARS_PER_IMPORT = 10 * 1024 * 1024;

/** What a reader needs to know besides the value: the time now, to refuse stamps from the future. */
export interface ReadContext {
  now: number;
}

const FIELDS = ['id', 'videoId', 't', 'text', 'tags', 'createdAt', 'updatedAt', 'deletedAt'] as const;
type Field = (typeof FIELDS)[number];
const KNOWN: ReadonlySet<string> = new Set(FIELDS);

/** A key or value quoted for a message, cut short: a hostile file must not make the message itself huge. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** Milliseconds since 1970, as Date.now() gives them, and not in the future (beyond a margin for other clocks). */
function readTimestamp(value: unknown, field: string, now: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new PayloadError(`${field} must be a time in milliseconds since 1970`);
  }
  if (value > latestStamp(now)) {
    throw new PayloadError(`${field} is in the future (${new Date(Math.min(value, 8.64e15)).toISOString()}); check the clock of the computer that made the file`);
  }
  return value;
}

/** One note, or undefined when anything about it is wrong (every problem reported). */
export function readNoteRecord(value: unknown, where: string, report: Report, { now }: ReadContext): Note | undefined {
  if (!isPlainObject(value)) {
    report(`${where} must be a note (an object with ${FIELDS.slice(0, -1).join(', ')})`);
    return undefined;
  }
  let ok = true;
  const problem = (message: string) => {
    ok = false;
    report(message);
  };
  // Own keys only, `__proto__` included: JSON.parse makes it an ordinary key, and it is refused like any other.
  for (const key of Object.keys(value)) {
    if (!KNOWN.has(key)) problem(`${where} has an unexpected field ${quote(key)}`);
  }
  const read = <T>(key: Field, reader: (raw: unknown, field: string) => T, optional = false): T | undefined => {
    const field = `${where}.${key}`;
    if (!Object.hasOwn(value, key) || value[key] === undefined) {
      if (!optional) problem(`${field} is missing`);
      return undefined;
    }
    try {
      return reader(value[key], field);
    } catch (error) {
      if (!(error instanceof PayloadError)) throw error;
      problem(error.message);
      return undefined;
    }
  };

  const id = read('id', readNoteId);
  const videoId = read('videoId', readVideoId);
  const t = read('t', readSeconds);
  const text = read('text', readNoteText);
  const tags = read('tags', readTags);
  const stamp = (raw: unknown, field: string) => readTimestamp(raw, field, now);
  const createdAt = read('createdAt', stamp);
  const updatedAt = read('updatedAt', stamp);
  const deletedAt = read('deletedAt', stamp, true);
  // The store never makes these, and "newer" (which merge decides by) would mean nothing with them.
  if (createdAt !== undefined && updatedAt !== undefined && updatedAt < createdAt) {
    problem(`${where}.updatedAt is before its createdAt`);
  }
  if (deletedAt !== undefined && updatedAt !== undefined && deletedAt > updatedAt) {
    problem(`${where}.deletedAt is after its updatedAt`);
  }
  if (!ok || id === undefined || videoId === undefined || t === undefined || text === undefined) return undefined;
  if (tags === undefined || createdAt === undefined || updatedAt === undefined) return undefined;
  // A new object with the fields in the store's order, so that a round trip through a file changes nothing.
  const note: Note = { id, videoId, t, text, tags, createdAt, updatedAt };
  if (deletedAt !== undefined) note.deletedAt = deletedAt;
  return note;
}

/** The note id in `value`, if it has a well-formed one, whatever else is wrong with it. */
function idOf(value: unknown): string | undefined {
  if (!isPlainObject(value) || !Object.hasOwn(value, 'id')) return undefined;
  try {
    return readNoteId(value.id);
  } catch {
    return undefined;
  }
}

/**
 * A list of notes with no id twice (two versions of one note in one file leave no way to tell which is meant),
 * within the import's caps on notes and characters.
 */
export function readNoteList(value: unknown, field: string, report: Report, context: ReadContext): Note[] {
  if (!Array.isArray(value)) {
    report(`${field} must be a list of notes`);
    return [];
  }
  if (value.length > MAX_NOTES_PER_IMPORT) {
    report(`${field} holds ${value.length} notes; at most ${MAX_NOTES_PER_IMPORT} can be imported at once`);
    return [];
  }
  const notes: Note[] = [];
  let chars = 0;
  const firstWithId = new Map<string, number>();
  // An index loop rather than forEach: a hole in a sparse array (structured clone keeps them) is a problem too.
  for (let index = 0; index < value.length; index++) {
    const where = `${field}[${index}]`;
    const item: unknown = value[index];
    const id = idOf(item);
    const earlier = id === undefined ? undefined : firstWithId.get(id);
    if (id !== undefined && earlier === undefined) firstWithId.set(id, index);
    const note = readNoteRecord(item, where, report, context);
    if (earlier !== undefined) report(`${where}.id is the same as ${field}[${earlier}].id`);
    else if (note) {
      notes.push(note);
      chars += note.text.length + note.tags.reduce((sum, tag) => sum + tag.length, 0);
    }
  }
  if (chars > MAX_CHARS_PER_IMPORT) {
    report(`${field} holds ${chars} characters of text and tags; at most ${MAX_CHARS_PER_IMPORT} can be imported at once`);
    return [];
  }
  return notes;
}
