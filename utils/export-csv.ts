/**
 * The learner's notes as a spreadsheet (RFC 4180): one row per note, in reading order. Pure, like the other
 * exporters. Every field is quoted (so commas, quotes, line breaks, tabs, emoji and right-to-left text all
 * survive), rows end in CRLF, and the file starts with a byte order mark, without which Excel reads UTF-8 as
 * its local code page and mangles every accent. Maths stays as the TeX the learner typed.
 *
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula, and notes may come from a file
 * someone else wrote: such a text is written with a leading `'`, the spreadsheets' own "this is text" mark
 * (and a text that starts with `'` gets a second one, so that reading the file back is exact: parseCsvField).
 */
import { momentUrl } from './export';
import { compareNotesAcrossVideos, visibleNotes, type Note } from './notes';
import type { NotesSnapshot } from './export';
import { SERIES_OUTLINE } from './series-outline';
import { formatTime } from './time';
import { partsText, type FilePart } from './file-parts';

export const CSV_COLUMNS = ['Chapter', 'Lesson', 'Time', 'Seconds', 'Link', 'Note', 'Tags', 'Created', 'Updated'] as const;

const FORMULA_START = /^[=+\-@\t\r']/;

/** One field, quoted, its quotes doubled, protected from running as a formula. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The inverse of csvField's formula guard, for a field already unquoted. */
export const parseCsvField = (value: string): string => (value.startsWith("'") ? value.slice(1) : value);

const iso = (ms: number) => new Date(ms).toISOString();

const LESSONS = new Map(SERIES_OUTLINE.map((video) => [video.videoId as string, video]));
/** A note's row, without its line break. */
export function csvRow(note: Note): string {
  const lesson = LESSONS.get(note.videoId);
  return [
    lesson ? String(lesson.order) : '',
    lesson?.title ?? note.videoId,
    formatTime(note.t),
    String(Math.floor(note.t)),
    momentUrl(note.videoId, note.t),
    note.text,
    note.tags.join(', '),
    iso(note.createdAt),
    iso(note.updatedAt),
  ]
    .map(csvField)
    .join(',');
}

export function exportCsv(snapshot: NotesSnapshot): string {
  return partsText(csvParts(snapshot));
}

/** exportCsv's file as parts: its header row, the notes' rows as one run. */
export function csvParts({ notes }: NotesSnapshot): FilePart[] {
  const rows = visibleNotes(notes, compareNotesAcrossVideos);
  const header = `\uFEFF${CSV_COLUMNS.map(csvField).join(',')}\r\n`;
  return [header, { notes: rows, write: csvRow, between: '\r\n' }, rows.length > 0 ? '\r\n' : ''];
}

export function csvFileName(exportedAt: number): string {
  return `margin-notes-${new Date(exportedAt).toISOString().slice(0, 10)}.csv`;
}
