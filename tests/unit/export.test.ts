import { describe, expect, it } from 'vitest';
import { SERIES } from '@/utils/series-data';
import { chapterFileName, exportFileName, exportJson, exportMarkdown, momentUrl, videoUrl } from '@/utils/export';
import type { Note } from '@/utils/notes';
import { makeNote } from './note-fixture';
import { SERIES_VIDEO_IDS } from '@/utils/series-ids';

const note = makeNote;

const EXPORTED_AT = Date.UTC(2025, 2, 14, 9, 26, 53);
const AT_162 = 'https://www.youtube.com/watch?v=aircAruvnKk&t=162s';

/** The list item(s) of a one-video export: everything after the title, the summary and the video's heading. */
const itemsOf = (notes: Note[]): string =>
  exportMarkdown({ notes, exportedAt: EXPORTED_AT }).split('\n\n').slice(3).join('\n\n').replace(/\n$/, '');

describe('momentUrl', () => {
  it.each<[string, number, string]>([
    ['aircAruvnKk', 162, AT_162],
    ['aircAruvnKk', 0, 'https://www.youtube.com/watch?v=aircAruvnKk&t=0s'],
    ['iv-5mZ_9CPY', 61.9, 'https://www.youtube.com/watch?v=iv-5mZ_9CPY&t=61s'],
    ['9-Jl0dxWQs8', -4, 'https://www.youtube.com/watch?v=9-Jl0dxWQs8&t=0s'],
    ['9-Jl0dxWQs8', Number.NaN, 'https://www.youtube.com/watch?v=9-Jl0dxWQs8&t=0s'],
    ['wjZofJX0v4M', 3723, 'https://www.youtube.com/watch?v=wjZofJX0v4M&t=3723s'],
  ])('%s at %d s', (videoId, t, url) => {
    expect(momentUrl(videoId, t)).toBe(url);
  });
});

describe('exportFileName', () => {
  it.each<['markdown' | 'json', number, string]>([
    ['markdown', EXPORTED_AT, 'margin-notes-2025-03-14.md'],
    ['json', EXPORTED_AT, 'margin-notes-2025-03-14.json'],
    ['json', Date.UTC(2024, 11, 31, 23, 59, 59), 'margin-notes-2024-12-31.json'],
  ])('%s at %d', (format, at, name) => {
    expect(exportFileName(format, at)).toBe(name);
  });
});

describe('exportMarkdown: one note as a list item', () => {
  it.each<[string, Partial<Note>, string]>([
    ['plain text', {}, `- [2:42](${AT_162}) A neuron holds a number`],
    ['raw HTML stays text', { text: '<img src=x onerror=alert(1)>' }, `- [2:42](${AT_162}) \\<img src=x onerror=alert(1)\\>`],
    ['a link stays text', { text: '[click](javascript:alert(1))' }, `- [2:42](${AT_162}) \\[click\\](javascript:alert(1))`],
    ['emphasis and code stay text', { text: '**bold** _it_ `code` ~~gone~~' },
      `- [2:42](${AT_162}) \\*\\*bold\\*\\* \\_it\\_ \\\`code\\\` \\~\\~gone\\~\\~`],
    ['entities, tables, prices and backslashes stay text', { text: '&amp; $5 or $6 a | b C:\\dir' },
      `- [2:42](${AT_162}) \\&amp; \\$5 or \\$6 a \\| b C:\\\\dir`],
    ['maths stays maths (Obsidian renders it), the rest escaped', { text: '*a* $\\sigma(w_1 a_1)$ and $$\\frac{\\partial C}{\\partial w}$$ at 1:00' },
      `- [2:42](${AT_162}) \\*a\\* $\\sigma(w_1 a_1)$ and $$\\frac{\\partial C}{\\partial w}$$ at [1:00](https://www.youtube.com/watch?v=aircAruvnKk&t=60s)`],
    ['maths holds no HTML nor link for renderers without maths', { text: '$a<b>c$ $[x](javascript:y)$ $`x`$' },
      `- [2:42](${AT_162}) $a\\lt b\\gt c$ $[x] (javascript:y)$ \\$\\\`x\\\`\\$`],
    ['a time inside maths is no link', { text: '$1:00$' }, `- [2:42](${AT_162}) $1:00$`],
    ['a first line is never a line start', { text: '# 1. - > not markup' }, `- [2:42](${AT_162}) # 1. - \\> not markup`],
    ['line breaks kept, indented under the item', { text: 'first\nsecond\nthird' },
      `- [2:42](${AT_162}) first\\\n  second\\\n  third`],
    ['Windows line ends', { text: 'first\r\nsecond\rthird' }, `- [2:42](${AT_162}) first\\\n  second\\\n  third`],
    ['blank lines are paragraph breaks, however many', { text: 'one\n\n\n\ntwo\n  \nthree' },
      `- [2:42](${AT_162}) one\n\n  two\n\n  three`],
    ['block markers at line starts are escaped', { text: 'x\n# heading\n## two\n- item\n+ item\n* item\n> quote\n1. one\n12) twelve\n===\n---\n```js\n<div>' },
      `- [2:42](${AT_162}) x\\\n  \\# heading\\\n  \\## two\\\n  \\- item\\\n  \\+ item\\\n  \\* item\\\n  \\> quote\\\n  1\\. one\\\n  12\\) twelve\\\n  \\===\\\n  \\---\\\n  \\\`\\\`\\\`js\\\n  \\<div\\>`],
    ['leading spaces would make code: they go', { text: 'x\n    indented code\n\ttabbed' }, `- [2:42](${AT_162}) x\\\n  indented code\\\n  tabbed`],
    ['surrounding blank lines go', { text: '\n\n  padded  \n\n' }, `- [2:42](${AT_162}) padded`],
    ['times in the text link into the video', { text: 'compare 0:05 with 1:02:03\n10:00 again' },
      `- [2:42](${AT_162}) compare [0:05](https://www.youtube.com/watch?v=aircAruvnKk&t=5s) with [1:02:03](https://www.youtube.com/watch?v=aircAruvnKk&t=3723s)\\\n  [10:00](https://www.youtube.com/watch?v=aircAruvnKk&t=600s) again`],
    ['tags last, as #tag', { tags: ['basics', 'neural net', 'a_b'] }, `- [2:42](${AT_162}) A neuron holds a number\\\n  #basics #neural net #a\\_b`],
    ['a # in a tag cannot make a heading', { tags: ['#', '##x'] }, `- [2:42](${AT_162}) A neuron holds a number\\\n  #\\# #\\#\\#x`],
    ['a line break in a tag cannot end the item', { tags: ['two\nlines'] }, `- [2:42](${AT_162}) A neuron holds a number\\\n  #two lines`],
    ['a tag can never start with a space', { tags: [' x ', '  '] }, `- [2:42](${AT_162}) A neuron holds a number\\\n  #x`],
    ['tags after the last paragraph', { text: 'one\n\ntwo', tags: ['t'] }, `- [2:42](${AT_162}) one\n\n  two\\\n  #t`],
    ['no text, tags only', { text: '', tags: ['t'] }, `- [2:42](${AT_162}) #t`],
    ['no text, no tags', { text: '   ' }, `- [2:42](${AT_162})`],
    ['at the very start', { t: 0 }, '- [0:00](https://www.youtube.com/watch?v=aircAruvnKk&t=0s) A neuron holds a number'],
    ['past an hour', { t: 3723 }, '- [1:02:03](https://www.youtube.com/watch?v=aircAruvnKk&t=3723s) A neuron holds a number'],
  ])('%s', (_, fields, item) => {
    expect(itemsOf([note(fields)])).toBe(item);
  });
});

describe('exportMarkdown: the document', () => {
  it('is a title and a line that says so when there are no notes', () => {
    expect(exportMarkdown({ notes: [], exportedAt: EXPORTED_AT })).toBe(
      "# Margin notes\n\nExported from Margin on 2025-03-14 09:26 UTC: 0 notes on 0 videos of 3Blue1Brown's neural-network series.\n",
    );
  });

  it('groups notes by video in series order, each by time, without deleted ones', () => {
    const notes = [
      note({ videoId: 'Ilg3gGewQ5U', t: 30, text: 'backprop' }),
      note({ t: 600, text: 'later' }),
      note({ t: 10, text: 'gone', deletedAt: 5 }),
      note({ t: 5, text: 'early' }),
    ];
    expect(exportMarkdown({ notes, exportedAt: EXPORTED_AT })).toBe(
      [
        '# Margin notes',
        "Exported from Margin on 2025-03-14 09:26 UTC: 3 notes on 2 videos of 3Blue1Brown's neural-network series.",
        `## Chapter 1 · [But what is a neural network?](${videoUrl('aircAruvnKk')})`,
        '- [0:05](https://www.youtube.com/watch?v=aircAruvnKk&t=5s) early\n- [10:00](https://www.youtube.com/watch?v=aircAruvnKk&t=600s) later',
        `## Chapter 3 · [Backpropagation, intuitively](${videoUrl('Ilg3gGewQ5U')})`,
        '- [0:30](https://www.youtube.com/watch?v=Ilg3gGewQ5U&t=30s) backprop',
      ].join('\n\n') + '\n',
    );
  });

  it('has a heading for each of the nine videos, in series order, whatever the order of the notes', () => {
    const notes = [...SERIES_VIDEO_IDS].reverse().map((videoId) => note({ videoId, t: 1, text: videoId }));
    const headings = exportMarkdown({ notes, exportedAt: EXPORTED_AT }).split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(SERIES.map((video) => `## Chapter ${video.order} · [${video.title}](${videoUrl(video.videoId)})`));
    expect(headings).toHaveLength(9);
  });

  it('keeps the notes of a video the catalog does not know, after the series', () => {
    const stranger = note({ videoId: 'zzzzzzzzzzz' as Note['videoId'], text: 'from elsewhere' });
    const markdown = exportMarkdown({ notes: [stranger, note()], exportedAt: EXPORTED_AT });
    expect(markdown).toMatch(/## Chapter 1 [^\n]*\n\n- [^\n]*\n\n## \[zzzzzzzzzzz\]\(https:\/\/www\.youtube\.com\/watch\?v=zzzzzzzzzzz\)\n\n- \[2:42\]/);
  });
});

describe('exportJson', () => {
  it('is the format, its version, the time and no notes when there are none', () => {
    expect(JSON.parse(exportJson({ notes: [], exportedAt: EXPORTED_AT }))).toEqual({
      format: 'margin-notes',
      version: 1,
      exportedAt: EXPORTED_AT,
      notes: [],
    });
  });

  it('holds every live note in reading order, with exactly its fields, and no tombstones', () => {
    const hostile = note({ videoId: 'iv-5mZ_9CPY', t: 61, text: '<img src=x onerror=alert(1)>\n"quoted" \\ \u2028', tags: ['x', 'y z'] });
    const first = note({ t: 3 });
    const gone = note({ deletedAt: 9, updatedAt: 9 });
    const stray = { ...note({ t: 4 }), extra: 'not a note field' } as Note;
    const parsed = JSON.parse(exportJson({ notes: [hostile, gone, stray, first], exportedAt: EXPORTED_AT })) as { notes: Note[] };
    const { extra: _, ...strayFields } = stray as Note & { extra: string };
    expect(parsed.notes).toEqual([first, strayFields, hostile]);
    expect(parsed.notes.every((n) => !('deletedAt' in n))).toBe(true);
  });

  it('keeps the nine videos in series order', () => {
    const notes = [...SERIES_VIDEO_IDS].reverse().map((videoId) => note({ videoId }));
    const parsed = JSON.parse(exportJson({ notes, exportedAt: EXPORTED_AT })) as { notes: Note[] };
    expect(parsed.notes.map((n) => n.videoId)).toEqual([...SERIES_VIDEO_IDS]);
  });

  it('is pretty-printed and ends with a line break', () => {
    const json = exportJson({ notes: [note()], exportedAt: EXPORTED_AT });
    expect(json.startsWith('{\n  "format": "margin-notes",\n  "version": 1,')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });
});

describe('exportMarkdown for one chapter', () => {
  it("holds that lesson's notes only, under its heading", () => {
    const notes = [note({ videoId: 'Ilg3gGewQ5U', t: 30, text: 'backprop' }), note({ t: 5, text: 'early' })];
    expect(exportMarkdown({ notes, exportedAt: EXPORTED_AT }, 'Ilg3gGewQ5U')).toBe(
      [
        '# Margin notes',
        "Exported from Margin on 2025-03-14 09:26 UTC: 1 note on 1 video of 3Blue1Brown's neural-network series.",
        `## Chapter 3 · [Backpropagation, intuitively](${videoUrl('Ilg3gGewQ5U')})`,
        '- [0:30](https://www.youtube.com/watch?v=Ilg3gGewQ5U&t=30s) backprop',
      ].join('\n\n') + '\n',
    );
    expect(chapterFileName(3, EXPORTED_AT)).toBe('margin-chapter-3-2025-03-14.md');
  });
});
