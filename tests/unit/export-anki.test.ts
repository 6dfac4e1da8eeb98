import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SeriesVideo } from '@/utils/catalog';
import { SERIES } from '@/utils/series-data';
import { ankiFileName, ankiTag, ankiText, exportAnki } from '@/utils/export-anki';
import type { Note } from '@/utils/notes';
import { makeNote } from './note-fixture';

const EXPORTED_AT = Date.UTC(2025, 2, 14, 9, 26, 53);
const VIDEO: SeriesVideo = {
  ...SERIES[0]!,
  chapters: [{ start: 0, title: 'Intro' }, { start: 120, title: 'Neurons' }],
  glossary: [{ id: 'c1-neuron', term: 'Neuron', aliases: [], definition: 'Holds a number & <more>.', t: 150, related: [] }],
};
const anki = (notes: Note[], glossary = false) => exportAnki({ notes, exportedAt: EXPORTED_AT }, { videos: [VIDEO], glossary });
const HEADERS = [
  '#separator:tab',
  '#html:true',
  '#notetype:Basic',
  '#deck:Margin::3Blue1Brown neural networks',
  '#columns:GUID\tFront\tBack\tTags',
  '#guid column:1',
  '#tags column:4',
];

/** What Anki shows of a field: the HTML read back to text (the only tags Margin writes are <br> and <a>). */
const fieldText = (html: string) =>
  html
    .replace(/<br>/g, '\n')
    .replace(/<a href="[^"]*">([^<]*)<\/a>/g, '$1')
    .replace(/&#9;/g, '\t')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('exportAnki', () => {
  it('starts with the headers Anki reads, then one row per live note (golden)', () => {
    const note = makeNote({ id: '00000000-0000-4000-8000-00000000abcd', t: 162, text: 'a <b>neuron</b>\n"holds" a\tnumber', tags: ['neural net', 'basics'] });
    const gone = makeNote({ deletedAt: 1, updatedAt: 1 });
    expect(anki([note, gone])).toBe(
      [
        ...HEADERS,
        'margin-note-00000000-0000-4000-8000-00000000abcd\ta &lt;b&gt;neuron&lt;/b&gt;<br>&quot;holds&quot; a&#9;number\t' +
          'Chapter 1 · But what is a neural network?<br>Key moment: Neurons<br><a href="https://www.youtube.com/watch?v=aircAruvnKk&amp;t=162s">Watch at 2:42</a>\t' +
          'neural_net basics',
      ].join('\n') + '\n',
    );
  });

  it('adds a card per glossary term of the lessons with notes when asked', () => {
    const rows = anki([makeNote({ t: 10 })], true).split('\n');
    expect(rows.at(-2)).toBe(
      'margin-term-c1-neuron\tNeuron\tHolds a number &amp; &lt;more&gt;.<br>Chapter 1 · But what is a neural network?<br>' +
        '<a href="https://www.youtube.com/watch?v=aircAruvnKk&amp;t=150s">Watch at 2:30</a>\tglossary',
    );
    expect(anki([], true)).toBe(`${HEADERS.join('\n')}\n`);
  });

  it('keeps maths as TeX, names the key moment the note falls in', () => {
    const [, front, back] = anki([makeNote({ t: 30, text: '$\\sigma(w \\cdot a + b)$' })]).split('\n').at(-2)!.split('\t');
    expect(front).toBe('$\\sigma(w \\cdot a + b)$');
    expect(back).toContain('Key moment: Intro');
  });

  it('tags have no spaces inside', () => {
    expect(['a b', '  c\td  ', 'e'].map(ankiTag)).toEqual(['a_b', 'c_d', 'e']);
  });

  it('names the file by the day', () => {
    expect(ankiFileName(EXPORTED_AT)).toBe('margin-anki-2025-03-14.txt');
  });

  it('round trip: every row has four fields, and the front reads back as the note, whatever it holds', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\r\n', '"', '<', '>', '&', '#', '🧠', 'ש', '$', '\\'), maxLength: 30 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (texts) => {
        const notes = texts.map((t, i) => makeNote({ text: t, t: i }));
        const rows = anki(notes).split('\n').slice(HEADERS.length, -1);
        expect(rows).toHaveLength(notes.length);
        rows.forEach((row, i) => {
          const fields = row.split('\t');
          expect(fields).toHaveLength(4);
          expect(fieldText(fields[1]!)).toBe(notes[i]!.text.replace(/\r\n/g, '\n'));
        });
      }),
    );
  });

  it('ankiText leaves no markup, tab or line break', () => {
    expect(ankiText('<script>"\t\r\n')).toBe('&lt;script&gt;&quot;&#9;<br>');
  });
});
