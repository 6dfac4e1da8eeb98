import { describe, expect, it } from 'vitest';
import { exportJson } from '@/utils/export';
import { IMPORT_LIMITS, parseNotesImport } from '@/utils/import';
import type { Note } from '@/utils/notes';
import { makeNote } from './note-fixture';
import { SERIES_VIDEO_IDS } from '@/utils/series-ids';

const note = makeNote;
const EXPORTED_AT = Date.UTC(2025, 2, 14, 9, 26, 53);
/** An export's text, with `notes` (plain objects, so any hostile shape) as given. */
const file = (notes: unknown[], top: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'margin-notes', version: 1, exportedAt: EXPORTED_AT, notes, ...top });
const errorsOf = (text: string): string[] => {
  const result = parseNotesImport(text);
  if (result.ok) throw new Error('expected problems, got notes');
  return result.errors;
};

describe('parseNotesImport reads what exportJson writes', () => {
  it('round-trips exactly: every live note, every field, in reading order, and the same file again', () => {
    const notes = [
      note({ videoId: 'iv-5mZ_9CPY', t: 61.5, text: '<img src=x onerror=alert(1)>\n"quoted" \\ \u2028 é 😀', tags: ['x', 'y z'] }),
      note({ t: 0, text: '' }),
      note({ t: 86_400, text: 'x'.repeat(10_000), tags: Array.from({ length: 20 }, (_, i) => `tag ${i}`.padEnd(40, '.')) }),
      note({ deletedAt: 9, updatedAt: 9, createdAt: 1 }),
      ...SERIES_VIDEO_IDS.map((videoId) => note({ videoId, updatedAt: 1_800_000_000_000 })),
    ];
    const text = exportJson({ notes, exportedAt: EXPORTED_AT });
    const result = parseNotesImport(text, 1_800_000_000_000);
    expect(result).toEqual({ ok: true, version: 1, notes: (JSON.parse(text) as { notes: Note[] }).notes, progress: [], settings: {} });
    if (!result.ok) return;
    expect(result.notes).toHaveLength(notes.length - 1);
    expect(exportJson({ notes: result.notes, exportedAt: EXPORTED_AT })).toBe(text);
  });

  it('reads an export with no notes, a byte order mark, and tombstones (which a backup may hold)', () => {
    expect(parseNotesImport(exportJson({ notes: [], exportedAt: EXPORTED_AT }))).toEqual({ ok: true, version: 1, notes: [], progress: [], settings: {} });
    expect(parseNotesImport(`\uFEFF${file([])}`)).toEqual({ ok: true, version: 1, notes: [], progress: [], settings: {} });
    const tombstone = note({ deletedAt: 1_700_000_000_500, updatedAt: 1_700_000_000_500 });
    expect(parseNotesImport(file([tombstone]))).toEqual({ ok: true, version: 1, notes: [tombstone], progress: [], settings: {} });
  });

  it('normalises tags as the panel does, and builds new objects holding only the note fields', () => {
    const result = parseNotesImport(file([{ ...note(), tags: [' a ', 'A', '', 'b'] }]));
    expect(result.ok && result.notes[0]!.tags).toEqual(['a', 'b']);
    expect(result.ok && Object.keys(result.notes[0]!)).toEqual(['id', 'videoId', 't', 'text', 'tags', 'createdAt', 'updatedAt']);
  });
});

const matching = (pattern: RegExp) => expect.stringMatching(pattern) as unknown as string;
const valid = note();
const ID = valid.id;
const DAY = 'must be between 0 and 86400 seconds';

describe('parseNotesImport refuses, saying where', () => {
  it.each<[string, string, string[]]>([
    ['an empty file', '', ['The file is empty.']],
    ['only blanks', ' \n\t', ['The file is empty.']],
    ['not JSON', 'margin notes: 2:42 neurons', [matching(/^The file is not valid JSON: Unexpected token/)]],
    ['JSON cut short: where it ends', '{\n  "format": "margin-notes",\n  "notes": [\n', [matching(/^The file is not valid JSON.* line 4,? column 1\b/)]],
    ['a missing comma: the line and column', '{\n  "format": "margin-notes"\n  "version": 1 }', [matching(/^The file is not valid JSON.* line 3,? column 3\b/)]],
    ['a list', '[]', ['This is not a Margin notes export: it holds a list, not an object with "format": "margin-notes".']],
    ['a number', '42', ['This is not a Margin notes export: it holds a single value, not an object with "format": "margin-notes".']],
    ['another format', file([], { format: 'dark-reader-settings' }), ['This is not a Margin notes export: it has "format": "dark-reader-settings", where Margin writes "format": "margin-notes".']],
    ['no format', JSON.stringify({ version: 1, notes: [] }), ['This is not a Margin notes export: it has no "format", where Margin writes "format": "margin-notes".']],
    ['a newer version', file([valid], { version: 3 }), ['This file was made by a newer Margin (format version 3; this Margin reads versions 1 to 2). Update Margin, then import it again.']],
    ['version as text', file([], { version: '1' }), ['version must be 1 or 2, found "1".']],
    ['version 0', file([], { version: 0 }), ['version must be 1 or 2, found 0.']],
    ['no version', JSON.stringify({ format: 'margin-notes', notes: [] }), ['version must be 1 or 2, found none.']],
    ['progress in a version 1 file', file([], { progress: [] }), ['The file has an unexpected field "progress"']],
    ['no notes', JSON.stringify({ format: 'margin-notes', version: 1, exportedAt: 1 }), ['notes is missing']],
    ['notes not a list', file([], { notes: { 0: valid } }), ['notes must be a list of notes']],
    ['no exportedAt and an extra field', JSON.stringify({ format: 'margin-notes', version: 1, notes: [], sync: true }), ['The file has an unexpected field "sync"', 'exportedAt is missing']],
    ['a note that is no object', file([valid, 'note', null]), ['notes[1] must be a note (an object with id, videoId, t, text, tags, createdAt, updatedAt)', 'notes[2] must be a note (an object with id, videoId, t, text, tags, createdAt, updatedAt)']],
    ['missing fields, all of them named', file([{ id: ID, videoId: 'aircAruvnKk', text: '' }]), ['notes[0].t is missing', 'notes[0].tags is missing', 'notes[0].createdAt is missing', 'notes[0].updatedAt is missing']],
    ['wrong types, every field', file([{ id: 7, videoId: ['aircAruvnKk'], t: '2:42', text: { html: '<b>' }, tags: 'a,b', createdAt: '2025-03-14', updatedAt: null }]),
      ['notes[0].id is not a note id', 'notes[0].videoId is not one of the series\' videos', 'notes[0].t must be a finite number', 'notes[0].text must be text', 'notes[0].tags must be a list', 'notes[0].createdAt must be a time in milliseconds since 1970', 'notes[0].updatedAt must be a time in milliseconds since 1970']],
    ['NaN t (as JSON has it: null)', file([{ ...valid, t: null }]), ['notes[0].t must be a finite number']],
    ['negative t', file([valid, { ...note(), t: -1 }]), [`notes[1].t ${DAY}`]],
    ['t beyond a day', file([{ ...valid, t: 86_401 }]), [`notes[0].t ${DAY}`]],
    ['too long a text', file([{ ...valid, text: 'x'.repeat(10_001) }]), ['notes[0].text is longer than 10000 characters']],
    ['too many tags', file([{ ...valid, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }]), ['notes[0].tags: at most 20 tags']],
    ['a tag too long, a tag not text', file([{ ...valid, tags: ['ok', 'y'.repeat(41)] }, { ...note(), tags: [3] }]), ['notes[0].tags[1] is longer than 40 characters', 'notes[1].tags[0] must be text']],
    ['a video not in the series', file([{ ...valid, videoId: 'dQw4w9WgXcQ' }]), ['notes[0].videoId is not one of the series\' videos']],
    ['an id not made by the store', file([{ ...valid, id: 'note-1' }, { ...note(), id: '3F2B8C1E-8D4A-4C1B-9F6E-2A7D5C9E1B04' }]), ['notes[0].id is not a note id', 'notes[1].id is not a note id']],
    ['the same id twice, even when the second is broken too', file([valid, note(), { ...valid, t: -5 }, { ...valid }]),
      [`notes[2].t ${DAY}`, 'notes[2].id is the same as notes[0].id', 'notes[3].id is the same as notes[0].id']],
    ['stamps out of order', file([{ ...valid, createdAt: 10, updatedAt: 5 }, { ...note(), updatedAt: 5, createdAt: 5, deletedAt: 6 }]), ['notes[0].updatedAt is before its createdAt', 'notes[1].deletedAt is after its updatedAt']],
    ['stamps that are no time', file([{ ...valid, createdAt: -1 }, { ...note(), deletedAt: 'yesterday' }, { ...note(), updatedAt: 1e300 }]),
      ['notes[0].createdAt must be a time in milliseconds since 1970', 'notes[1].deletedAt must be a time in milliseconds since 1970', matching(/^notes\[2\]\.updatedAt is in the future \(\+275760-09-13T00:00:00\.000Z\); check the clock/)]],
    ['an extra field in a note', file([{ ...valid, html: '<b>' }]), ['notes[0] has an unexpected field "html"']],
    ['a hostile key is cut short', file([{ ...valid, ['k'.repeat(5000)]: 1 }]), [`notes[0] has an unexpected field "${'k'.repeat(40)}…"`]],
  ])('%s', (_name, text, errors) => {
    expect(errorsOf(text)).toEqual(errors);
  });

  it('refuses __proto__ keys in a note and in the file, and Object.prototype stays clean', () => {
    const text = `{"format":"margin-notes","version":1,"exportedAt":1,"__proto__":{"polluted":1},"notes":[${JSON.stringify(valid).slice(0, -1)},"__proto__":{"polluted":2}}]}`;
    expect(errorsOf(text)).toEqual(['The file has an unexpected field "__proto__"', 'notes[0] has an unexpected field "__proto__"']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists the first 20 problems and counts the rest', () => {
    const broken = Array.from({ length: 30 }, () => ({ ...note(), t: -1, text: 5 }));
    const errors = errorsOf(file(broken));
    expect(errors).toHaveLength(21);
    expect(errors.slice(0, 4)).toEqual([`notes[0].t ${DAY}`, 'notes[0].text must be text', `notes[1].t ${DAY}`, 'notes[1].text must be text']);
    expect(errors[20]).toBe('…and 40 more problems');
  });

  it('refuses a huge text before parsing it, and more notes than one import may bring', () => {
    const huge = `${file([])}${' '.repeat(IMPORT_LIMITS.maxChars)}`;
    expect(errorsOf(huge)).toEqual(['The file is too big to import: 10.0 MB, over the limit of 10 MB.']);
    expect(errorsOf('x'.repeat(50 * 1024 * 1024))).toEqual(['The file is too big to import: 50.0 MB, over the limit of 10 MB.']);
    const many = `{"format":"margin-notes","version":1,"exportedAt":1,"notes":[${'0,'.repeat(IMPORT_LIMITS.maxNotes)}0]}`;
    expect(errorsOf(many)).toEqual(['notes holds 20001 notes; at most 20000 can be imported at once']);
  });

  it('reads the largest import allowed', () => {
    const notes = Array.from({ length: IMPORT_LIMITS.maxNotes }, () => note({ text: 'short' }));
    const text = JSON.stringify({ format: 'margin-notes', version: 1, exportedAt: 1, notes });
    const result = parseNotesImport(text);
    expect(result.ok && result.notes.length).toBe(IMPORT_LIMITS.maxNotes);
  });
});
