import { describe, expect, it } from 'vitest';
import type { Note } from '@/utils/notes';
import { compressText } from '@/utils/sync-compress';
import type { Versioned } from '@/utils/sync-merge';
import { SYNC_QUOTA, TOMBSTONE_LIFETIME_MS, itemBytes, noteBudget, packNotes } from '@/utils/sync-pack';
import { packedContent, samePackedContent, unpackNotes } from '@/utils/sync-unpack';

const DAY = 24 * 60 * 60 * 1000;
const start = 1_750_000_000_000;

const version = (i: number, overrides: Partial<Note> = {}): Versioned => ({
  note: {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    videoId: 'aircAruvnKk',
    t: i,
    text: `note ${i}: σ(w·a + b) squashes, see 2:42 🙂`,
    tags: ['review'],
    createdAt: start + i,
    updatedAt: start + i,
    ...overrides,
  },
  vv: { laptop: i + 1 },
});

describe('packing notes into storage.sync items', () => {
  it('reads back exactly what it packed, every item within 8 KB', async () => {
    const versions = Array.from({ length: 400 }, (_, i) => version(i));
    const packing = await packNotes(versions, noteBudget(0, 0));
    expect(Object.keys(packing.items).length).toBeGreaterThan(1);
    for (const [key, value] of Object.entries(packing.items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    const { versions: back } = await unpackNotes(packing.items);
    const byId = (list: Versioned[]) => [...list].sort((a, b) => (a.note.id < b.note.id ? -1 : 1));
    expect(byId(back)).toEqual(byId(versions));
  });

  it('leaves out tombstones older than their lifetime (counted from the newest change), keeping recent ones', async () => {
    const newest = version(1, { updatedAt: start + 100 * DAY, createdAt: start });
    const oldTombstone = version(2, { deletedAt: start + 100 * DAY - TOMBSTONE_LIFETIME_MS - 1, updatedAt: start + 100 * DAY - TOMBSTONE_LIFETIME_MS - 1 });
    const recentTombstone = version(3, { deletedAt: start + 99 * DAY, updatedAt: start + 99 * DAY });
    const packing = await packNotes([newest, oldTombstone, recentTombstone], noteBudget(0, 0));
    const { versions } = await unpackNotes(packing.items);
    expect(versions.map((v) => v.note.id).sort()).toEqual([newest.note.id, recentTombstone.note.id]);
    expect(packing).toMatchObject({ synced: 1, total: 1 });
  });

  it('when not all notes fit, keeps the most recently changed, as many as fit: one more would not', async () => {
    let seed = 7;
    const words = () => Array.from({ length: 30 }, () => (seed = (seed * 48271) % 2147483647).toString(36)).join(' ');
    // Shuffled recency, and text that compresses little, so that about a thousand of 3,000 notes fit.
    const versions = Array.from({ length: 3000 }, (_, i) => version(i, { text: words(), createdAt: start, updatedAt: start + ((i * 7919) % 3000) }));
    const budget = noteBudget(0, 0);
    const packing = await packNotes(versions, budget);
    expect(packing.synced).toBeGreaterThan(100);
    expect(packing.synced).toBeLessThan(3000);
    expect(packing.bytes).toBeLessThanOrEqual(budget.bytes);
    const byRecency = [...versions].sort((a, b) => b.note.updatedAt - a.note.updatedAt);
    const { versions: kept } = await unpackNotes(packing.items);
    expect(new Set(kept.map((v) => v.note.id))).toEqual(new Set(byRecency.slice(0, packing.synced).map((v) => v.note.id)));
    const oneMore = await packNotes(byRecency.slice(0, packing.synced + 1), budget);
    expect(oneMore.synced).toBe(packing.synced);
  }, 60_000);

  it('a note too large for an item even alone stays out, and is counted as not synced', async () => {
    let seed = 3;
    const noise = Array.from({ length: 10_000 }, () => String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 20000))).join('');
    const packing = await packNotes([version(1), version(2, { text: noise })], noteBudget(0, 0));
    expect(packing).toMatchObject({ synced: 1, total: 2 });
  });

  it('skips damaged items and malformed notes, keeping the rest', async () => {
    const good = await packNotes([version(1)], noteBudget(0, 0));
    const badNote = await compressText(JSON.stringify([['not-an-id', 'aircAruvnKk', 1, 'x', [], 1, 1, null, {}]]));
    const badVector = await compressText(JSON.stringify([[version(5).note.id, 'aircAruvnKk', 1, 'x', [], 1, 1, null, { laptop: -1 }]]));
    const { versions } = await unpackNotes({
      ...good.items,
      'notes.7': 'not base64 at all!',
      'notes.8': badNote,
      'notes.9': badVector,
      'notes.10': 42,
      settings: { values: {}, at: 1 },
    });
    expect(versions.map((v) => v.note.id)).toEqual([version(1).note.id]);
  });

  it('the same notes split into items differently read as the same content', async () => {
    const a = new Map([['notes.0', JSON.stringify([[1], [2]])], ['notes.1', JSON.stringify([[3]])]]);
    const b = new Map([['notes.0', JSON.stringify([[3], [1]])], ['notes.1', JSON.stringify([[2]])]]);
    expect(packedContent(a)).toBe(packedContent(b));
    expect(packedContent(a)).not.toBe(packedContent(new Map([['notes.0', JSON.stringify([[1], [2]])]])));
  });
  it('one edited note rewrites the item that holds it, not the items after it', async () => {
    const versions = Array.from({ length: 1500 }, (_, i) => version(i, { text: `note ${i}: ${'the gradient points uphill; '.repeat(1 + (i % 5))}` }));
    const before = await packNotes(versions, noteBudget(0, 0));
    const edited = [...versions];
    const thought = ' A much longer thought, added on a second watch: the cost is an average over every training example.'.repeat(4);
    edited[260] = version(260, { text: `${versions[260]!.note.text}${thought}`, updatedAt: start + 5_000 });
    const after = await packNotes(edited, noteBudget(0, 0));
    expect(after.synced).toBe(1500);
    expect(before.raw.size).toBeGreaterThan(8);
    const rewritten = [...after.raw].filter(([key, text]) => before.raw.get(key) !== text);
    expect(rewritten.length).toBeLessThanOrEqual(2);
    expect(rewritten.some(([, text]) => text.includes('A much longer thought'))).toBe(true);
  });

  it('packs the same items with the last pass\'s compressed items at hand as without them', async () => {
    let seed = 11;
    const words = () => Array.from({ length: 20 }, () => (seed = (seed * 48271) % 2147483647).toString(36)).join(' ');
    const versions = Array.from({ length: 2000 }, (_, i) => version(i, { text: words(), updatedAt: start + ((i * 7919) % 2000) }));
    const memo = new Map<string, string>();
    await packNotes(versions, noteBudget(0, 0), memo);
    const edited = versions.map((v, i) => (i % 97 === 0 ? version(i, { text: `${v.note.text} (edited)`, updatedAt: start + 10_000 + i }) : v));
    const warm = await packNotes(edited, noteBudget(0, 0), memo);
    const cold = await packNotes(edited, noteBudget(0, 0));
    expect(warm.synced).toBeLessThan(2000);
    expect(warm).toEqual(cold);
    // What the memo keeps is exactly what the pass used: the items written among it, each under its own JSON.
    for (const [key, text] of warm.raw) expect(memo.get(text)).toBe(warm.items[key]);
  }, 60_000);
  it('compares only the items that differ, and still sees the same notes split differently as the same', () => {
    const item = (...ids: number[]) => JSON.stringify(ids.map((id) => [id]));
    const ours = new Map([['notes.0', item(1, 2)], ['notes.1', item(3)], ['notes.2', item(4, 5)]]);
    expect(samePackedContent(ours, new Map(ours))).toBe(true);
    // The last two items split another way (another browser's compressor): the same notes.
    expect(samePackedContent(ours, new Map([['notes.0', item(1, 2)], ['notes.1', item(3, 4)], ['notes.2', item(5)]]))).toBe(true);
    expect(samePackedContent(ours, new Map([['notes.0', item(1, 2)], ['notes.1', item(3)], ['notes.2', item(4, 6)]]))).toBe(false);
    expect(samePackedContent(ours, new Map([['notes.0', item(1, 2)], ['notes.1', item(3)]]))).toBe(false);
    expect(samePackedContent(ours, new Map([...ours, ['notes.3', item(6)]]))).toBe(false);
  });

  it('reads an item it compressed itself from the text it compressed, and decompresses any other', async () => {
    const packing = await packNotes([version(1)], noteBudget(0, 0));
    const [key, value] = Object.entries(packing.items)[0]!;
    const text = packing.raw.get(key)!;
    const other = await compressText(JSON.stringify([JSON.parse(text)[0].map((field: unknown, i: number) => (i === 0 ? version(2).note.id : field))]));
    const { versions, raw } = await unpackNotes({ [key]: value, 'notes.9': other }, new Map([[value, text]]));
    expect(raw.get(key)).toBe(text);
    expect(versions.map((v) => v.note.id).sort()).toEqual([version(1).note.id, version(2).note.id]);
    // What `known` says is taken as what the item holds: a value known under another text reads as that text.
    const { versions: claimed } = await unpackNotes({ [key]: value }, new Map([[value, raw.get('notes.9')!]]));
    expect(claimed.map((v) => v.note.id)).toEqual([version(2).note.id]);
  });
});
