/**
 * The complete backup: every note (deleted ones too, as tombstones, so that a restore never brings one back),
 * watch progress and settings, in the `margin-notes` format at version 2. Version 1 files (notes only, the
 * export before this one) still import (utils/import.ts). Pure, like the other exporters; and the readers of
 * the two new parts, each problem said with where it is.
 */
import { EXPORT_FORMAT } from './export';
import { partsText, type FilePart } from './file-parts';
import type { Report } from './note-record';
import { compareNotesAcrossVideos, type Note } from './notes';
import type { Progress } from './progress';
import { PANEL_TABS, type Settings } from './settings';
import { syncedPart } from './sync-extras';
import { isPlainObject, PayloadError, readBoolean, readFields, readOneOf, readSeconds, readVideoId } from './validation';
import { mergeRanges, type WatchRange } from './watch-ranges';

export const BACKUP_VERSION = 2;

export interface BackupContents {
  notes: readonly Note[];
  progress: readonly Progress[];
  /** The learner's preferences; what describes only this browser (a collapsed panel, sync on or off) is left out. */
  settings: Partial<Settings>;
}

export interface BackupSnapshot extends BackupContents {
  exportedAt: number;
}

/** A note as it stands in the backup's list, indented as `JSON.stringify(backup, null, 2)` writes it there. */
export function backupNoteBlock(note: Note): string {
  const { id, videoId, t, text, tags, createdAt, updatedAt, deletedAt } = note;
  const record = { id, videoId, t, text, tags: [...tags], createdAt, updatedAt, ...(deletedAt !== undefined && { deletedAt }) };
  // JSON.stringify escapes every line break inside a string: the only ones in its answer are its own layout.
  return `    ${JSON.stringify(record, null, 2).replace(/\n/g, '\n    ')}`;
}

/**
 * A view's live notes and the tombstones it was told of, as one list for the backup: each id once, the later
 * version where both hold one (a note restored or deleted while the other list was on its way).
 */
export function backupNotes(live: readonly Note[], tombstones: readonly Note[]): Note[] {
  if (tombstones.length === 0) return [...live];
  const byId = new Map<string, Note>();
  for (const note of live) byId.set(note.id, note);
  for (const note of tombstones) {
    const known = byId.get(note.id);
    if (!known || known.updatedAt < note.updatedAt) byId.set(note.id, note);
  }
  return [...byId.values()];
}

/**
 * `{ format, version: 2, exportedAt, notes, progress, settings }`, notes in reading order, tombstones included:
 * exactly `JSON.stringify(backup, null, 2)` and a line break, with the notes' part written note by note.
 */
export function exportBackup(snapshot: BackupSnapshot): string {
  return partsText(backupParts(snapshot));
}

/** exportBackup's file as parts: the notes as one run, between the rest of the backup. */
export function backupParts({ notes, progress, settings, exportedAt }: BackupSnapshot): FilePart[] {
  const ordered = [...notes].sort(compareNotesAcrossVideos);
  const watched = [...progress]
    .sort((a, b) => (a.videoId < b.videoId ? -1 : a.videoId > b.videoId ? 1 : 0))
    .map(({ videoId, watched: ranges, lastPosition, updatedAt }) => ({ videoId, watched: ranges, lastPosition, updatedAt }));
  const body = { format: EXPORT_FORMAT, version: BACKUP_VERSION, exportedAt, notes: [], progress: watched, settings };
  const text = JSON.stringify(body, null, 2);
  if (ordered.length === 0) return [`${text}\n`];
  // The first `"notes": []` is the body's own: only the format, version and stamp (no text of the learner's) come before it.
  const EMPTY = '\n  "notes": [],';
  const at = text.indexOf(EMPTY);
  return [`${text.slice(0, at)}\n  "notes": [\n`, { notes: ordered, write: backupNoteBlock, between: ',\n' }, `\n  ],${text.slice(at + EMPTY.length)}\n`];
}

/** Only the preferences of a full settings record: what a backup carries. */
export const backupSettings = (settings: Settings): Partial<Settings> => syncedPart(settings);

const attempt = <T>(report: Report, read: () => T): T | undefined => {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof PayloadError)) throw error;
    report(error.message);
    return undefined;
  }
};

function readRange(value: unknown, field: string): WatchRange {
  if (!Array.isArray(value) || value.length !== 2) throw new PayloadError(`${field} must be a [from, to] pair of seconds`);
  const from = readSeconds(value[0], `${field}[0]`);
  const to = readSeconds(value[1], `${field}[1]`);
  if (to < from) throw new PayloadError(`${field} ends before it starts`);
  return [from, to];
}

/** `progress`: one record per video of the series, at most once each. */
export function readProgressList(value: unknown, report: Report, now: number): Progress[] {
  if (!Array.isArray(value)) {
    report('progress must be a list');
    return [];
  }
  const seen = new Set<string>();
  const result: Progress[] = [];
  value.forEach((item: unknown, index) => {
    const where = `progress[${index}]`;
    const record = attempt(report, () => {
      if (!isPlainObject(item)) throw new PayloadError(`${where} must be an object with videoId, watched, lastPosition, updatedAt`);
      const extra = Object.keys(item).find((key) => !['videoId', 'watched', 'lastPosition', 'updatedAt'].includes(key));
      if (extra !== undefined) throw new PayloadError(`${where} has an unexpected field ${JSON.stringify(extra.slice(0, 40))}`);
      const videoId = readVideoId(item.videoId, `${where}.videoId`);
      if (seen.has(videoId)) throw new PayloadError(`${where}.videoId appears twice`);
      if (!Array.isArray(item.watched)) throw new PayloadError(`${where}.watched must be a list`);
      const watched = item.watched.map((range: unknown, i) => readRange(range, `${where}.watched[${i}]`));
      const { updatedAt } = item;
      if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt) || updatedAt < 0 || updatedAt > now + 86_400_000) {
        throw new PayloadError(`${where}.updatedAt must be a time in milliseconds since 1970, not in the future`);
      }
      seen.add(videoId);
      return { videoId, watched: mergeRanges(watched), lastPosition: readSeconds(item.lastPosition, `${where}.lastPosition`), updatedAt };
    });
    if (record) result.push(record);
  });
  return result;
}

const FLAGS = ['panelCollapsed', 'pauseWhileWriting', 'glossaryTicks', 'syncEnabled'] as const;

/** `settings`: the fields Margin's settings have, each of its type; unknown ones are problems. */
export function readBackupSettings(value: unknown, report: Report): Partial<Settings> {
  return (
    attempt(report, () => {
      const fields = readFields(value, [], [...FLAGS, 'activeTab']);
      const settings: Partial<Settings> = {};
      for (const key of FLAGS) if (fields[key] !== undefined) settings[key] = readBoolean(fields[key], `settings.${key}`);
      if (fields.activeTab !== undefined) settings.activeTab = readOneOf(fields.activeTab, PANEL_TABS, 'settings.activeTab');
      return settings;
    }) ?? {}
  );
}
