/**
 * Exports and import at 10 000 notes: each export format (pure functions), and a 10 000-note backup read,
 * previewed and applied (fake-indexeddb in Node: the times show how the work grows, not a browser's). Run with
 * `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { createRequestHandlers } from '@/entrypoints/background/handlers';
import { exportBackup } from '@/utils/backup';
import { exportJson, exportMarkdown } from '@/utils/export';
import { exportAnki } from '@/utils/export-anki';
import { exportCsv } from '@/utils/export-csv';
import { parseNotesImport } from '@/utils/import';
import { noteLines } from '@/utils/note-lines';
import type { Note } from '@/utils/notes';
import { SERIES_VIDEO_IDS } from '@/utils/series-ids';
import { SERIES } from '@/utils/series-data';
import { freshDatabase, testClock } from '../unit/background-fakes';

const sender = { id: 'margin' };
const NOW = 1_700_000_100_000;

const notes: Note[] = Array.from({ length: 10_000 }, (_, i) => ({
  id: crypto.randomUUID(),
  videoId: SERIES_VIDEO_IDS[i % SERIES_VIDEO_IDS.length]!,
  t: (i * 7.3) % 1200,
  text: `Note ${i}: the gradient $\\nabla C$ points uphill, so step the other way (see 4:12), "quoted", a, b`,
  tags: i % 3 === 0 ? ['gradient', 'calculus'] : ['gradient'],
  createdAt: 1_700_000_000_000 + i,
  updatedAt: 1_700_000_000_000 + i,
  ...(i % 20 === 0 && { deletedAt: 1_700_000_000_000 + i }),
}));
const snapshot = { notes, exportedAt: NOW };
const backupText = exportBackup({
  notes,
  progress: SERIES_VIDEO_IDS.map((videoId) => ({ videoId, watched: [[0, 300]], lastPosition: 300, updatedAt: NOW })),
  settings: { glossaryTicks: true },
  exportedAt: NOW,
});
const FEW = { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 };

// The exporters keep each note's text per note object (a view's notes are replaced, never changed in place): each
// iteration takes fresh copies of the notes (a few ms, counted), so that it writes every note as the first click
// does; the "again" rows show a click on notes already written (the notebook writes them while idle).
const fresh = (): Note[] => notes.map((note) => ({ ...note }));
const freshSnapshot = () => ({ notes: fresh(), exportedAt: NOW });

describe('export 10 000 notes', () => {
  bench('JSON backup (version 2, tombstones, progress, settings)', () => void exportBackup({ notes: fresh(), progress: [], settings: {}, exportedAt: NOW }), FEW);
  bench('JSON backup again, notes already written', () => void exportBackup({ notes, progress: [], settings: {}, exportedAt: NOW }), FEW);
  bench('JSON notes only (version 1)', () => void exportJson(freshSnapshot()), FEW);
  bench('Markdown, one file', () => void exportMarkdown(freshSnapshot()), FEW);
  bench('Markdown again, notes already written', () => void exportMarkdown(snapshot), FEW);
  bench('Markdown, one file per chapter (nine)', () => {
    const copy = freshSnapshot();
    SERIES_VIDEO_IDS.forEach((videoId) => exportMarkdown(copy, videoId));
  }, FEW);
  bench('CSV', () => void exportCsv(freshSnapshot()), FEW);
  bench('CSV again, notes already written', () => void exportCsv(snapshot), FEW);
  bench('Anki, with glossary cards', () => void exportAnki(freshSnapshot(), { videos: SERIES, glossary: true }), FEW);
  bench('Anki again, notes already written', () => void exportAnki(snapshot, { videos: SERIES, glossary: true }), FEW);
  bench('"M:SS text" lines', () => void noteLines(notes), FEW);
});

describe('import a 10 000-note backup', () => {
  bench('read and check the file', () => void parseNotesImport(backupText, NOW), FEW);
  bench(
    'read, preview, then apply (merge) into an empty notebook',
    async () => {
      const handlers = createRequestHandlers({ connect: freshDatabase().connect, hub: { publish: () => undefined, resync: () => undefined }, clock: testClock() });
      const read = parseNotesImport(backupText, NOW);
      if (!read.ok) throw new Error(read.errors[0]);
      const request = { notes: read.notes, progress: [...read.progress], settings: read.settings, mode: 'merge' as const };
      await handlers['notes/import']({ ...request, preview: true }, sender);
      await handlers['notes/import']({ ...request, preview: false }, sender);
    },
    FEW,
  );
});
