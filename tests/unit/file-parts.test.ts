import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupParts, exportBackup } from '@/utils/backup';
import { csvParts, exportCsv } from '@/utils/export-csv';
import { ankiParts, exportAnki } from '@/utils/export-anki';
import { exportMarkdown, markdownParts } from '@/utils/export';
import { partsText, RunBlobs, type FilePart } from '@/utils/file-parts';
import type { Note } from '@/utils/notes';
import { SERIES } from '@/utils/series-data';
import { SERIES_VIDEO_IDS } from '@/utils/series-ids';
import { makeNote } from './note-fixture';

/** The Blob's bytes as text, a byte order mark included (Blob.text() drops it). */
const bytesOf = async (blob: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());

const EXPORTED_AT = Date.UTC(2025, 2, 14, 9, 26, 53);

const manyNotes = (count: number): Note[] =>
  Array.from({ length: count }, (_, i) => makeNote({ videoId: SERIES_VIDEO_IDS[i % 3]!, t: i, text: `note ${i} at 1:0${i % 10} with $x_${i}$` }));

describe('export files as parts', () => {
  it('each format\'s parts read as its text', () => {
    const notes = [...manyNotes(300), makeNote({ text: 'gone', deletedAt: 5, updatedAt: 5 })];
    const snapshot = { notes, exportedAt: EXPORTED_AT };
    expect(partsText(markdownParts(snapshot))).toBe(exportMarkdown(snapshot));
    expect(partsText(csvParts(snapshot))).toBe(exportCsv(snapshot));
    expect(partsText(ankiParts(snapshot, { videos: SERIES, glossary: true }))).toBe(exportAnki(snapshot, { videos: SERIES, glossary: true }));
    const backup = { notes, progress: [], settings: { glossaryTicks: true }, exportedAt: EXPORTED_AT };
    expect(partsText(backupParts(backup))).toBe(exportBackup(backup));
  });

  it('a file prepared whole is made of its runs\' Blobs and reads the same', async () => {
    const notes = manyNotes(400);
    const runs = new RunBlobs();
    const current = csvParts({ notes, exportedAt: EXPORTED_AT });
    let slices = 0;
    while (!runs.prepare(current, (() => { let budget = 1; return () => budget-- > 0; })())) slices += 1;
    expect(slices).toBeGreaterThan(0); // one run per slice: 400 notes make more than one run
    expect(await bytesOf(runs.blob(current, 'text/csv'))).toBe(exportCsv({ notes, exportedAt: EXPORTED_AT }));
  });

  it('a file kept as Blobs of runs reads the same as its text, through edits, additions and deletions (property)', async () => {
    const base = manyNotes(400);
    const runs = new RunBlobs();
    const parts = (notes: readonly Note[]): FilePart[] => csvParts({ notes, exportedAt: EXPORTED_AT });
    const change = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), text: fc.string({ maxLength: 10 }) }),
      fc.record({ kind: fc.constant('add' as const), t: fc.integer({ min: 0, max: 500 }), text: fc.string({ maxLength: 10 }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(change, { maxLength: 6 }), fc.boolean(), async (changes, prepareFirst) => {
        let notes = base;
        for (const step of changes) {
          if (step.kind === 'add') notes = [...notes, makeNote({ t: step.t, text: step.text })];
          else if (notes.length > 0) {
            const at = step.at % notes.length;
            notes = step.kind === 'edit' ? notes.map((note, i) => (i === at ? { ...note, text: step.text, updatedAt: note.updatedAt + 1 } : note)) : notes.filter((_, i) => i !== at);
          }
          const current = parts(notes);
          if (prepareFirst) {
            // Two idle slices of two runs each, the second going on where the first stopped.
            for (let slice = 0; slice < 2; slice += 1) {
              let budget = 2;
              runs.prepare(current, () => budget-- > 0);
            }
          }
          expect(await bytesOf(runs.blob(current, 'text/csv'))).toBe(exportCsv({ notes, exportedAt: EXPORTED_AT }));
        }
      }),
      { numRuns: 30 },
    );
  });
});
