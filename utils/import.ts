/**
 * Reads back a file that "Export JSON" wrote: the backup (utils/backup.ts, `{ format: 'margin-notes', version: 2,
 * exportedAt, notes, progress, settings }`) or the notes-only export before it (version 1, utils/export.ts). Pure: text in, the notes or every problem out, each saying where it is
 * (`notes[3].t must be between 0 and 86400 seconds`), so that a learner can fix the file or pick another one.
 * Nothing is half imported: the caller applies the notes only when there is no problem at all.
 */
import { BACKUP_VERSION, readBackupSettings, readProgressList, type BackupContents } from './backup';
import { EXPORT_FORMAT } from './export';
import { MAX_NOTES_PER_IMPORT, quote, readNoteList } from './note-record';
import type { Note } from './notes';
import { isPlainObject } from './validation';

/** What a file holds: a version 1 file (notes only) has no progress and no settings. */
export type ImportResult = ({ ok: true; version: number; notes: Note[] } & Omit<BackupContents, 'notes'>) | { ok: false; errors: string[] };

export const IMPORT_LIMITS = {
  /**
   * In characters (a file's bytes are never fewer). 20 000 short notes export to about 6 MB; anything much
   * larger is no export of Margin's, and is refused before it is parsed or sent to the background.
   */
  maxChars: 10 * 1024 * 1024,
  maxNotes: MAX_NOTES_PER_IMPORT,
  /** Problems listed; the rest are counted. A broken file can have thousands, and the first ones tell the story. */
  maxErrors: 20,
} as const;

const TOP_LEVEL: Record<number, ReadonlySet<string>> = {
  1: new Set(['format', 'version', 'exportedAt', 'notes']),
  2: new Set(['format', 'version', 'exportedAt', 'notes', 'progress', 'settings']),
};

const megabytes = (size: number) => `${(size / (1024 * 1024)).toFixed(1)} MB`;

/** The problem with a file of this size (characters or bytes), if it is too big to import. */
export function importTooBig(size: number): string | undefined {
  if (size <= IMPORT_LIMITS.maxChars) return undefined;
  return `The file is too big to import: ${megabytes(size)}, over the limit of ${IMPORT_LIMITS.maxChars / (1024 * 1024)} MB.`;
}

/**
 * A value as it reads in the file, cut short. Lists and objects are named, not written out: one nested a
 * hundred thousand deep would overflow the stack of JSON.stringify.
 */
function shown(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const json = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

const failed = (...errors: string[]): ImportResult => ({ ok: false, errors });

/**
 * The parser's own words, with the line and column added where the engine gives only an offset (V8 does;
 * Firefox already says "at line 2 column 5").
 */
function describeJsonError(error: unknown, source: string): string {
  const message = error instanceof Error ? error.message : String(error);
  // V8 says "Unexpected end of JSON input" with no offset: the end is where it broke.
  const offset = /position (\d+)/.exec(message)?.[1] ?? (/unexpected end/i.test(message) ? source.length : undefined);
  let where = '';
  if (offset !== undefined && !/line \d+/.test(message)) {
    const before = source.slice(0, Number(offset));
    const line = before.split('\n').length;
    where = ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
  }
  return `The file is not valid JSON${where}: ${message}`;
}

/** Collects every problem, keeping the first `maxErrors` and counting the rest. */
function collector() {
  const errors: string[] = [];
  let more = 0;
  return {
    report: (problem: string) => {
      if (errors.length < IMPORT_LIMITS.maxErrors) errors.push(problem);
      else more += 1;
    },
    get count() {
      return errors.length + more;
    },
    list: () => (more > 0 ? [...errors, `…and ${more} more ${more === 1 ? 'problem' : 'problems'}`] : errors),
  };
}

/** The format and version first: a file that is not ours, or a later version of ours, is not read any further. */
function checkFormat(data: Record<string, unknown>): string | undefined {
  const { format, version } = data;
  if (format !== EXPORT_FORMAT) {
    const found = format === undefined ? 'has no "format"' : `has "format": ${shown(format)}`;
    return `This is not a Margin notes export: it ${found}, where Margin writes "format": "${EXPORT_FORMAT}".`;
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return `This file was made by a newer Margin (format version ${version}; this Margin reads versions 1 to ${BACKUP_VERSION}). Update Margin, then import it again.`;
  }
  if (version !== 1 && version !== BACKUP_VERSION) {
    return `version must be 1 or ${BACKUP_VERSION}, found ${version === undefined ? 'none' : shown(version)}.`;
  }
  return undefined;
}

/** `now`: the time on this computer, which no stamp in the file may be later than (beyond a margin). */
export function parseNotesImport(text: string, now = Date.now()): ImportResult {
  // Before parsing: JSON.parse of a huge text would hold the page (and its memory) for nothing.
  const tooBig = importTooBig(text.length);
  if (tooBig) return failed(tooBig);
  // Some editors save a byte order mark, which JSON.parse refuses; it means nothing here.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.trim() === '') return failed('The file is empty.');

  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return failed(describeJsonError(error, source));
  }
  if (!isPlainObject(data)) {
    return failed(`This is not a Margin notes export: it holds ${Array.isArray(data) ? 'a list' : 'a single value'}, not an object with "format": "${EXPORT_FORMAT}".`);
  }
  const wrongFormat = checkFormat(data);
  if (wrongFormat) return failed(wrongFormat);

  const problems = collector();
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL[data.version as number]!.has(key)) problems.report(`The file has an unexpected field ${quote(key)}`);
  }
  // Not used (each note carries its own stamps), but an export always has it: its absence says the file was edited.
  const { exportedAt } = data;
  if (exportedAt === undefined) problems.report('exportedAt is missing');
  else if (typeof exportedAt !== 'number' || !Number.isFinite(exportedAt) || exportedAt < 0) {
    problems.report('exportedAt must be a time in milliseconds since 1970');
  }
  const notes = data.notes === undefined ? [] : readNoteList(data.notes, 'notes', problems.report, { now });
  if (data.notes === undefined) problems.report('notes is missing');
  const version = data.version as number;
  const progress = version === 1 || data.progress === undefined ? [] : readProgressList(data.progress, problems.report, now);
  const settings = version === 1 || data.settings === undefined ? {} : readBackupSettings(data.settings, problems.report);
  return problems.count > 0 ? failed(...problems.list()) : { ok: true, version, notes, progress, settings };
}
