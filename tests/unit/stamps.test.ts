/**
 * Every stamp Margin writes is one its own importer accepts: a note the importer took, edited, deleted and
 * restored any number of times at any pace (the clock standing still included), exports to a file that imports
 * again. And no stamp from the future gets in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRequestHandlers } from '@/entrypoints/background/handlers';
import type { Sender } from '@/entrypoints/background/router';
import { exportJson } from '@/utils/export';
import { parseNotesImport } from '@/utils/import';
import type { Note } from '@/utils/notes';
import { validateRequest } from '@/utils/protocol';
import { FUTURE_MARGIN_MS, latestStamp, nextStamp } from '@/utils/stamps';
import { freshDatabase, testClock } from './background-fakes';

const sender: Sender = { id: 'margin' };
const NOW = 1_790_000_000_000;
const fileOf = (notes: unknown[], exportedAt = NOW) => JSON.stringify({ format: 'margin-notes', version: 1, exportedAt, notes });

describe('nextStamp', () => {
  it.each([
    ['the clock moved on', 100, 5_000, 5_000],
    ['the clock stood still', 5_000, 5_000, 5_001],
    ['the clock stepped back', 9_000, 5_000, 9_001],
    ['stamped at the limit already', latestStamp(5_000), 5_000, latestStamp(5_000)],
    ['stamped far in the future (an old import)', 8.64e15, 5_000, latestStamp(5_000)],
  ])('%s', (_name, previous, now, expected) => {
    expect(nextStamp(previous, now)).toBe(expected);
  });
});

describe('the importer and the future', () => {
  it('accepts stamps up to the margin ahead of now and refuses any later one, with where and why', () => {
    const note = { id: crypto.randomUUID(), videoId: 'aircAruvnKk', t: 1, text: 'x', tags: [], createdAt: NOW, updatedAt: NOW + FUTURE_MARGIN_MS };
    expect(parseNotesImport(fileOf([note]), NOW).ok).toBe(true);
    expect(parseNotesImport(fileOf([{ ...note, updatedAt: NOW + FUTURE_MARGIN_MS + 1 }]), NOW)).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^notes\[0\]\.updatedAt is in the future \(\d{4}-.*Z\); check the clock/) as unknown],
    });
  });

  it('the background refuses the same on its own', () => {
    const note = { id: crypto.randomUUID(), videoId: 'aircAruvnKk', t: 1, text: 'x', tags: [], createdAt: 1, updatedAt: 8.64e15 };
    const checked = validateRequest({ margin: 1, type: 'notes/import', payload: { notes: [note] } });
    expect(checked).toEqual({ ok: false, error: expect.stringMatching(/^notes\/import: notes\[0\]\.updatedAt is in the future/) as unknown });
  });
});

type Step = { kind: 'update' | 'delete' | 'restore'; after: number };
const step = fc.record({
  kind: fc.constantFrom<Step['kind']>('update', 'update', 'delete', 'restore'),
  // Often no time at all between two changes, sometimes a lot.
  after: fc.oneof(fc.constant(0), fc.nat(1_000), fc.nat(10 * FUTURE_MARGIN_MS)),
});
/** Any stamps the importer accepts at NOW: up to the margin ahead, in order. */
const acceptedStamps = fc
  .tuple(fc.nat(latestStamp(NOW)), fc.nat(latestStamp(NOW)))
  .map(([a, b]) => ({ createdAt: Math.min(a, b), updatedAt: Math.max(a, b) }));

describe('round trip of any accepted note (property)', () => {
  it('edited any number of times and exported, imports again', async () => {
    await fc.assert(
      fc.asyncProperty(acceptedStamps, fc.array(step, { maxLength: 30 }), async (stamps, steps) => {
        const clock = testClock(NOW);
        const handlers = createRequestHandlers({ connect: freshDatabase().connect, hub: { publish: () => undefined, resync: () => undefined }, clock });
        const imported: Note = { id: crypto.randomUUID(), videoId: 'aircAruvnKk', t: 3, text: 'from a file', tags: [], ...stamps };
        const read = parseNotesImport(fileOf([imported]), NOW);
        expect(read.ok).toBe(true);
        await handlers['notes/import']({ notes: [imported] }, sender);
        let deleted = false;
        for (const [i, { kind, after }] of steps.entries()) {
          clock.advance(after);
          if (kind === 'update' && !deleted) await handlers['notes/update']({ id: imported.id, text: `edit ${i}` }, sender);
          if (kind === 'delete') await handlers['notes/delete']({ id: imported.id }, sender);
          if (kind === 'restore') await handlers['notes/restore']({ id: imported.id }, sender);
          deleted = kind === 'delete' || (deleted && kind !== 'restore');
        }
        const notes = await handlers['notes/list-all']({}, sender);
        const again = parseNotesImport(exportJson({ notes, exportedAt: clock.now() }), clock.now());
        expect(again).toMatchObject({ ok: true, notes });
      }),
      { numRuns: 60 },
    );
  });
});
