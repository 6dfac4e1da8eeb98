import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteLines, parseTimedLines } from '@/utils/note-lines';
import { makeNote } from './note-fixture';

describe('noteLines', () => {
  it('writes one "M:SS text" line per live note, by time (golden)', () => {
    const notes = [
      makeNote({ t: 3723, text: 'past an hour' }),
      makeNote({ t: 162, text: 'two\nlines  \n  here' }),
      makeNote({ t: 5, text: 'deleted', deletedAt: 1, updatedAt: 1 }),
      makeNote({ t: 0, text: '' }),
    ];
    expect(noteLines(notes)).toBe('0:00\n2:42 two lines here\n1:02:03 past an hour');
  });
});

describe('parseTimedLines', () => {
  it('reads a YouTube chapter list and its usual variants', () => {
    const source = '\uFEFF0:00 Intro\r\n1:05 - What are neurons?\n\n(2:42) Layers\n- 10:00 — Weights\n[1:02:03] Long one\n12:34:56';
    expect(parseTimedLines(source)).toEqual({
      entries: [
        { line: 1, t: 0, text: 'Intro' },
        { line: 2, t: 65, text: 'What are neurons?' },
        { line: 4, t: 162, text: 'Layers' },
        { line: 5, t: 600, text: 'Weights' },
        { line: 6, t: 3723, text: 'Long one' },
        { line: 7, t: 45296, text: '' },
      ],
      skipped: [],
    });
  });

  it('keeps what follows the time as typed, maths and later times included', () => {
    expect(parseTimedLines('3:10 $\\sigma(z)$ see 5:31').entries).toEqual([{ line: 1, t: 190, text: '$\\sigma(z)$ see 5:31' }]);
  });

  it('lists the lines it cannot read instead of guessing', () => {
    expect(parseTimedLines('Intro 0:00\n2:75 bad\n99:59:59 too late\n1:00x glued').skipped).toEqual([
      { line: 1, text: 'Intro 0:00', reason: 'no time such as 2:42 at its start' },
      { line: 2, text: '2:75 bad', reason: 'no time such as 2:42 at its start' },
      { line: 3, text: '99:59:59 too late', reason: 'the time is beyond any video of the series' },
      { line: 4, text: '1:00x glued', reason: 'no time such as 2:42 at its start' },
    ]);
  });

  // A text that itself starts with a separator ("- a") loses it: the reader takes it for the list's own.
  it('round trip: copied lines read back as the same times and one-line texts', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '-', ':', '1', 'é', '🧠', '$'), maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.record({ t: fc.integer({ min: 0, max: 86_400 }), text }), { maxLength: 8 }), (fields) => {
        const notes = fields.map((f) => makeNote(f));
        const read = parseTimedLines(noteLines(notes));
        expect(read.skipped).toEqual([]);
        const expected = [...notes].sort((a, b) => a.t - b.t || a.createdAt - b.createdAt);
        expect(read.entries.map((e) => e.t)).toEqual(expected.map((n) => n.t));
        expect(read.entries.map((e) => e.text)).toEqual(expected.map((n) => n.text.replace(/\s*[\r\n]+\s*/g, ' ').trim().replace(/^[-–—:|]\s+/, '')));
      }),
    );
  });
});
