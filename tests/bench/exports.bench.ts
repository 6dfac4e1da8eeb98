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

describe('export 10 000 notes', () => {
  bench('JSON backup (version 2, tombstones, progress, settings)', () => void exportBackup({ notes, progress: [], settings: {}, exportedAt: NOW }), FEW);
  bench('JSON notes only (version 1)', () => void exportJson(snapshot), FEW);
  bench('Markdown, one file', () => void exportMarkdown(snapshot), FEW);
  bench('Markdown, one file per chapter (nine)', () => SERIES_VIDEO_IDS.forEach((videoId) => exportMarkdown(snapshot, videoId)), FEW);
  bench('CSV', () => void exportCsv(snapshot), FEW);
  bench('Anki, with glossary cards', () => void exportAnki(snapshot, { videos: SERIES, glossary: true }), FEW);
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
