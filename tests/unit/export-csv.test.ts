import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvFileName, exportCsv, parseCsvField } from '@/utils/export-csv';
import type { Note } from '@/utils/notes';
import { readCsv } from './csv-reader';
import { makeNote } from './note-fixture';

const EXPORTED_AT = Date.UTC(2025, 2, 14, 9, 26, 53);
const csv = (notes: Note[]) => exportCsv({ notes, exportedAt: EXPORTED_AT });

describe('csvField', () => {
  it.each<[string, string, string]>([
    ['plain', 'a neuron', '"a neuron"'],
    ['quotes doubled', 'say "hi"', '"say ""hi"""'],
    ['commas and line breaks inside quotes', 'a, b\r\nc', '"a, b\r\nc"'],
    ['a formula is text', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['plus, minus, at', '-1 +2 @me', '"\'-1 +2 @me"'],
    ['a leading apostrophe is doubled so that reading back is exact', "'quoted", '"\'\'quoted"'],
    ['emoji and right-to-left text untouched', '🧠 שלום مرحبا', '"🧠 שלום مرحبا"'],
  ])('%s', (_, value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('exportCsv', () => {
  it('is a byte order mark, a header row and one CRLF row per live note, in reading order (golden)', () => {
    const notes = [
      makeNote({ videoId: 'Ilg3gGewQ5U', t: 30, text: 'backprop, "intuitively"', tags: ['b', 'c d'], createdAt: 0, updatedAt: 1000 }),
      makeNote({ t: 162, text: 'σ(w·a + b)\nsecond line\ttab', createdAt: 0, updatedAt: 0 }),
      makeNote({ t: 5, text: 'gone', deletedAt: 9, updatedAt: 9 }),
    ];
    expect(csv(notes)).toBe(
      '\uFEFF"Chapter","Lesson","Time","Seconds","Link","Note","Tags","Created","Updated"\r\n' +
        '"1","But what is a neural network?","2:42","162","https://www.youtube.com/watch?v=aircAruvnKk&t=162s","σ(w·a + b)\nsecond line\ttab","","1970-01-01T00:00:00.000Z","1970-01-01T00:00:00.000Z"\r\n' +
        '"3","Backpropagation, intuitively","0:30","30","https://www.youtube.com/watch?v=Ilg3gGewQ5U&t=30s","backprop, ""intuitively""","b, c d","1970-01-01T00:00:00.000Z","1970-01-01T00:00:01.000Z"\r\n',
    );
  });

  it('keeps maths as the TeX typed', () => {
    expect(readCsv(csv([makeNote({ text: 'cost $C = \\sum_i (a_i - y_i)^2$' })]))[1]![5]).toBe('cost $C = \\sum_i (a_i - y_i)^2$');
  });

  it('names the file by the day', () => {
    expect(csvFileName(EXPORTED_AT)).toBe('margin-notes-2025-03-14.csv');
  });

  it('round trip: a spreadsheet reads back every note text, time and tag exactly, whatever characters they hold', () => {
    const anyText = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n', '\t', '=', '+', '-', '@', "'", '🧠', 'ש', 'م', '$', 'é'), maxLength: 30 });
    const tag = fc.string({ unit: fc.constantFrom('x', 'y', ' ', '"', 'ש', '🧠', '='), minLength: 1, maxLength: 5 }).filter((t) => t.trim() === t && t !== '');
    fc.assert(
      fc.property(fc.array(fc.record({ text: anyText, t: fc.integer({ min: 0, max: 86_400 }), tags: fc.uniqueArray(tag, { maxLength: 3 }) }), { maxLength: 6 }), (fields) => {
        const notes = fields.map((f, i) => makeNote({ ...f, t: f.t + i / 1000 }));
        const rows = readCsv(csv(notes));
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        expect(rows).toHaveLength(notes.length + 1);
        const byTime = [...notes].sort((a, b) => a.t - b.t);
        rows.slice(1).forEach((row, i) => {
          expect(row).toHaveLength(CSV_COLUMNS.length);
          expect(parseCsvField(row[5]!)).toBe(byTime[i]!.text);
          expect(Number(row[3])).toBe(Math.floor(byTime[i]!.t));
          const tags = parseCsvField(row[6]!);
          expect(tags === '' ? [] : tags.split(', ')).toEqual(byTime[i]!.tags);
        });
      }),
    );
  });
});
