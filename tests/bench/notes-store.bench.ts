/**
 * The notes store and the importer at sizes a keen learner could reach: writing notes one by one, listing one
 * video's notes out of 5 000, importing 5 000 notes in one transaction, and reading a 5 000-note export.
 * The database is fake-indexeddb (in memory, in Node): its times show how the work grows, not what a browser's
 * IndexedDB takes. Run with `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { createRequestHandlers } from '@/entrypoints/background/handlers';
import type { RequestHandlers } from '@/entrypoints/background/router';
import { exportJson } from '@/utils/export';
import { parseNotesImport } from '@/utils/import';
import type { Note } from '@/utils/notes';
import { validateRequest } from '@/utils/protocol';
import { SERIES_VIDEO_IDS } from '@/utils/series-ids';
import { freshDatabase, testClock } from '../unit/background-fakes';

const sender = { id: 'margin' };
const handlersOnFreshDatabase = (): RequestHandlers =>
  createRequestHandlers({ connect: freshDatabase().connect, hub: { publish: () => undefined, resync: () => undefined }, clock: testClock() });

/** Notes as an export holds them: spread over the nine videos, a sentence and a tag or two each. */
const manyNotes = (count: number): Note[] =>
  Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    videoId: SERIES_VIDEO_IDS[i % SERIES_VIDEO_IDS.length]!,
    t: (i * 7.3) % 1200,
    text: `Note ${i}: the gradient points uphill, so step the other way (see 4:12)`,
    tags: i % 3 === 0 ? ['gradient', 'calculus'] : ['gradient'],
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
  }));

const FIVE_THOUSAND = manyNotes(5_000);
const EXPORT_TEXT = exportJson({ notes: FIVE_THOUSAND, exportedAt: 1_700_000_000_000 });

// One database holding the 5 000 notes, filled once before any bench runs.
const filled = handlersOnFreshDatabase();
await filled['notes/import']({ notes: FIVE_THOUSAND }, sender);

// Slow benches run a few times each rather than for a fixed time: each one is a whole scenario.
const FEW = { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 };

describe('writing', () => {
  bench(
    'create 500 notes one by one (a transaction each)',
    async () => {
      const handlers = handlersOnFreshDatabase();
      for (let i = 0; i < 500; i++) {
        await handlers['notes/create']({ videoId: 'aircAruvnKk', t: i, text: `note ${i}`, tags: [] }, sender);
      }
    },
    FEW,
  );
  bench(
    'import 5 000 new notes (one transaction)',
    async () => {
      await handlersOnFreshDatabase()['notes/import']({ notes: FIVE_THOUSAND }, sender);
    },
    FEW,
  );
  bench(
    'import 5 000 notes all stored already (reads only)',
    async () => {
      await filled['notes/import']({ notes: FIVE_THOUSAND }, sender);
    },
    FEW,
  );
});

describe('reading, with 5 000 notes stored', () => {
  bench("list one video's notes (about 560)", async () => {
    await filled['notes/list']({ videoId: 'aircAruvnKk' }, sender);
  });
  bench('list every note (the notebook)', async () => {
    await filled['notes/list-all']({}, sender);
  });
});

describe('a 5 000-note export', () => {
  bench(`parse and validate in the page (${(EXPORT_TEXT.length / 1024 / 1024).toFixed(1)} MB)`, () => {
    if (!parseNotesImport(EXPORT_TEXT).ok) throw new Error('the export should read back');
  });
  bench('validate again in the background (the import request)', () => {
    if (!validateRequest({ margin: 1, type: 'notes/import', payload: { notes: FIVE_THOUSAND } }).ok) {
      throw new Error('the request should pass');
    }
  });
});
