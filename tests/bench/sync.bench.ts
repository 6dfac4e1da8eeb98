/**
 * Sync at a keen learner's size: a pass of 2 000 notes (read storage.sync, merge in one transaction, pack,
 * write), the merge and the packing on their own, and how many notes of each size fit in storage.sync
 * (the figures are in the bench names). fake-indexeddb and Node's CompressionStream stand in for the
 * browser's: the times show how the work grows, not what Chrome takes. Run with `npm run bench`.
 */
import { bench, describe } from 'vitest';
import type { Note } from '@/utils/notes';
import { SERIES_VIDEO_IDS } from '@/utils/series-ids';
import { mergeReplicas, type Versioned } from '@/utils/sync-merge';
import { SYNC_QUOTA, noteBudget, packNotes } from '@/utils/sync-pack';
import { World, makeDevice, sender } from '../unit/sync-devices';

// Words of the series' subject and of ordinary sentences, written here, strung together at random: prose
// compresses a little better than this, so the counts below are on the safe side.
const WORDS = (
  'the a of to and in is that it for on as with this by from at be are was we so each one its more than ' +
  'neuron layer weight bias gradient descent cost function network input output hidden activation sigmoid ' +
  'ReLU matrix vector derivative chain rule backpropagation step learning rate average example training ' +
  'digit pixel image attention token embedding transformer model query key value softmax probability ' +
  'why how what when small large change nudge direction steepest downhill minimum local global sum product ' +
  'see 2:42 4:10 12:03 σ(w·a + b) ∂C/∂w remember idea intuition picture compare earlier chapter later'
).split(' ');

function notesOfLength(count: number, length: number, seed = 1): Note[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const start = 1_750_000_000_000;
  return Array.from({ length: count }, (_, i) => {
    let text = '';
    while (text.length < length) text += `${text ? ' ' : ''}${WORDS[Math.floor(random() * WORDS.length)]}`;
    return {
      id: crypto.randomUUID(),
      videoId: SERIES_VIDEO_IDS[i % SERIES_VIDEO_IDS.length]!,
      t: Math.floor(random() * 1500),
      text: text.slice(0, length),
      tags: i % 3 === 0 ? ['review', 'gradient'] : ['review'],
      createdAt: start + i * 60_000,
      updatedAt: start + i * 60_000,
    };
  });
}

const asVersions = (notes: Note[], device: string): Versioned[] => notes.map((note) => ({ note, vv: { [device]: 1 } }));

/** How many notes of `length` characters storage.sync holds beside progress and settings (about 1 KB). */
async function capacity(length: number): Promise<{ fits: number; bytes: number }> {
  const packing = await packNotes(asVersions(notesOfLength(4000, length), 'laptop'), noteBudget(1024, 2));
  return { fits: packing.synced, bytes: packing.bytes };
}
const sizes = [
  ['a line (60 characters)', 60],
  ['a sentence or two (150 characters)', 150],
  ['a paragraph (500 characters)', 500],
] as const;
const capacities = await Promise.all(sizes.map(async ([name, length]) => ({ name, length, ...(await capacity(length)) })));

const TWO_THOUSAND = notesOfLength(2000, 150);

// One browser holding the 2 000 notes, synced once, before the benches run.
const world = new World();
const laptop = makeDevice(world, 'laptop');
await laptop.handlers['notes/import']({ notes: TWO_THOUSAND }, sender);
await laptop.engine.runPass();
laptop.area.exchange();

const FEW = { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 };

describe(`storage.sync (${SYNC_QUOTA.bytes} bytes) holds: ${capacities.map((c) => `${c.fits} notes of ${c.name}`).join('; ')}`, () => {
  for (const { name, length, fits, bytes } of capacities) {
    const notes = asVersions(notesOfLength(fits, length), 'laptop');
    bench(`pack notes of ${name}: ${fits} fit in ${bytes} bytes`, async () => {
      await packNotes(notes, noteBudget(1024, 2));
    }, FEW);
  }
});

describe('a sync pass of 2 000 notes (150 characters each)', () => {
  bench(
    'first pass: 2 000 notes here, storage.sync empty (merge, pack what fits, write)',
    async () => {
      const fresh = makeDevice(new World(), 'laptop');
      await fresh.handlers['notes/import']({ notes: TWO_THOUSAND }, sender);
      await fresh.engine.runPass();
    },
    FEW,
  );

  bench('a pass with nothing new (2 000 notes here, storage.sync read and compared)', async () => {
    world.advance(11_000);
    await laptop.engine.runPass();
  }, FEW);
  bench('a new browser takes what storage.sync holds of the 2 000 notes', async () => {
    const desktop = makeDevice(world, 'desktop');
    desktop.area.exchange();
    await desktop.engine.runPass();
  }, FEW);
});

describe('the pure parts, 2 000 notes', () => {
  const ours = asVersions(TWO_THOUSAND, 'laptop');
  const theirs = ours.map(({ note }, i): Versioned =>
    i % 10 === 0 ? { note: { ...note, text: `${note.text}!`, updatedAt: note.updatedAt + 5 }, vv: { desktop: 1 } } : { note, vv: { laptop: 1 } },
  );
  bench('merge two browsers (200 concurrent edits: 200 conflict copies)', () => {
    mergeReplicas([ours, theirs]);
  });
  bench('pack what fits, most recent first', async () => {
    await packNotes(ours, noteBudget(1024, 2));
  }, FEW);
});
