import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Progress } from '@/utils/progress';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { compressText, decompressText } from '@/utils/sync-compress';
import { mergeProgress, mergeSettings, packProgress, syncedPart, unpackProgress } from '@/utils/sync-extras';
import { SYNC_QUOTA } from '@/utils/sync-pack';
import { MIN_WRITE_GAP_MS, nextWriteAt } from '@/utils/sync-rate';
import { describeCoverage, describeSync, INITIAL_SYNC_STATUS } from '@/utils/sync-status';

const settings = (changes: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...changes });

describe('settings across browsers', () => {
  it('leaves out what belongs to this browser: the panel folded, the tab shown, sync itself', () => {
    expect(Object.keys(syncedPart(settings()))).toEqual(['glossaryTicks', 'pauseWhileWriting']);
  });

  it('a browser syncing for the first time takes the synced settings rather than pushing its defaults', () => {
    const remote = { values: syncedPart(settings({ glossaryTicks: true })), at: 500 };
    const merge = mergeSettings(settings(), undefined, remote, 10_000);
    expect(merge).toEqual({ merged: remote, local: remote.values, push: false });
  });

  it('a change here goes out; a later change there comes in; both changed: the later one wins', () => {
    const base = { values: syncedPart(settings()), at: 100 };
    const mine = mergeSettings(settings({ pauseWhileWriting: false }), base, base, 200);
    expect(mine).toMatchObject({ merged: { at: 200, values: { pauseWhileWriting: false } }, push: true });
    expect(mine.local).toBeUndefined();
    const theirs = { values: syncedPart(settings({ glossaryTicks: true })), at: 300 };
    expect(mergeSettings(settings(), base, theirs, 200)).toMatchObject({ merged: theirs, local: theirs.values, push: false });
    // Both changed since the base: this browser's clock says 250, theirs 300.
    expect(mergeSettings(settings({ pauseWhileWriting: false }), base, theirs, 250).merged).toEqual(theirs);
    expect(mergeSettings(settings({ pauseWhileWriting: false }), base, theirs, 400).merged.values.pauseWhileWriting).toBe(false);
  });
});

describe('progress across browsers', () => {
  const progress = (watched: [number, number][], lastPosition: number, updatedAt: number): Progress => ({
    videoId: 'aircAruvnKk',
    watched,
    lastPosition,
    updatedAt,
  });

  it('counts time watched in either browser and resumes where the learner was last', () => {
    expect(mergeProgress(progress([[0, 60]], 60, 1000), progress([[50, 120], [300, 310]], 310, 2000))).toEqual(
      progress([[0, 120], [300, 310]], 310, 2000),
    );
  });

  it('merges the same in any order', () => {
    const arb = fc.record({
      watched: fc.array(fc.tuple(fc.nat({ max: 1000 }), fc.nat({ max: 1000 })).map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b) + 1])),
      lastPosition: fc.nat({ max: 1000 }),
      updatedAt: fc.nat({ max: 10 }),
    });
    fc.assert(
      fc.property(arb, arb, arb, (a, b, c) => {
        const [x, y, z] = [a, b, c].map((p) => progress(p.watched, p.lastPosition, p.updatedAt));
        expect(mergeProgress(mergeProgress(x, y), z)).toEqual(mergeProgress(x, mergeProgress(z, y)));
      }),
    );
  });

  it('travels packed, and what is malformed is left out', async () => {
    const all = [progress([[0, 120]], 120, 5), { ...progress([[3, 4]], 4, 6), videoId: 'IHZwWFHWa-w' as const }];
    const packed = await compressText(packProgress(all));
    expect(unpackProgress(await decompressText(packed))).toEqual([all[1], all[0]]);
    expect(unpackProgress('{"notAVideo":[[],1,2],"aircAruvnKk":"x"}')).toEqual([]);
    expect(unpackProgress('not json')).toEqual([]);
  });
});

describe('write rate', () => {
  it('lets a write through at once when none was made lately, and spaces writes ten seconds apart', () => {
    expect(nextWriteAt([], 1_000_000, 2)).toBe(1_000_000);
    expect(nextWriteAt([995_000], 1_000_000, 1)).toBe(995_000 + MIN_WRITE_GAP_MS);
  });

  it('whatever the past writes, never lets the next ones break either limit', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 3_600_000 }), { maxLength: 1000 }), fc.integer({ min: 1, max: 2 }), (times, calls) => {
        const now = 3_600_000;
        const writes = times.sort((a, b) => a - b);
        const at = nextWriteAt(writes, now, calls);
        expect(at).toBeGreaterThanOrEqual(now);
        expect(writes.filter((t) => t > at - 60_000).length + calls).toBeLessThanOrEqual(SYNC_QUOTA.writesPerMinute / 2);
        expect(writes.filter((t) => t > at - 3_600_000).length + calls).toBeLessThanOrEqual(SYNC_QUOTA.writesPerHour / 2);
      }),
    );
  });
});

describe('what the learner reads about sync', () => {
  const now = 1_750_000_000_000;
  it.each([
    [{ synced: 530, total: 530 }, 'All 530 notes synced.'],
    [{ synced: 1, total: 1 }, 'Your note is synced.'],
    [{ synced: 0, total: 0 }, 'No notes to sync yet.'],
    [{ synced: 412, total: 530 }, "412 of 530 notes synced; the oldest 118 stay in this browser only (the browser's sync storage is full)."],
    [{ synced: 529, total: 530 }, "529 of 530 notes synced; the oldest 1 stays in this browser only (the browser's sync storage is full)."],
  ])('%j reads "%s"', (figures, sentence) => {
    expect(describeCoverage(figures)).toBe(sentence);
  });

  it.each([
    [{ state: 'off' }, 'Sync is off: your notes stay in this browser only.'],
    [{ state: 'synced', lastSyncAt: now - 5 * 60_000, synced: 3, total: 3 }, 'Synced 5 minutes ago. All 3 notes synced.'],
    [{ state: 'pending', lastSyncAt: null }, 'Syncing…'],
    [{ state: 'error', problem: 'QUOTA_BYTES quota exceeded' }, 'Sync failed: QUOTA_BYTES quota exceeded'],
  ] as const)('%j reads "%s"', (status, sentence) => {
    expect(describeSync({ ...INITIAL_SYNC_STATUS, ...status }, now)).toBe(sentence);
  });
});
