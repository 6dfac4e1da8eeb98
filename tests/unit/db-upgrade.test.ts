import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { lazyDatabase } from '@/entrypoints/background/db/connection';
import { readAllNotes } from '@/entrypoints/background/db/note-packs';
import { DB_VERSION, openMarginDb } from '@/entrypoints/background/db/schema';
import { createRequestHandlers } from '@/entrypoints/background/handlers';
import { testClock } from './background-fakes';

/**
 * How each older version of Margin laid out its database and what it stored, written down here once and never
 * derived from the current code: the upgrade must cope with what real browsers hold.
 */
const olderVersions: Record<number, { build(db: IDBPDatabase): void; fill(db: IDBPDatabase): Promise<void>; sigmoidTags: string[] }> = {
  1: {
    build(db) {
      const notes = db.createObjectStore('notes', { keyPath: 'id' });
      notes.createIndex('by-video-time', ['videoId', 't']);
      notes.createIndex('by-updated', 'updatedAt');
      db.createObjectStore('meta', { keyPath: 'key' });
    },
    async fill(db) {
      const tx = db.transaction(['notes', 'meta'], 'readwrite');
      await Promise.all([
        // Version 1 notes had no tags.
        tx.objectStore('notes').put({ id: '11111111-1111-4111-8111-111111111111', videoId: 'aircAruvnKk', t: 162, text: 'sigmoid', createdAt: 10, updatedAt: 10 }),
        tx.objectStore('notes').put({ id: '22222222-2222-4222-8222-222222222222', videoId: 'aircAruvnKk', t: 20, text: 'neurons hold numbers', createdAt: 11, updatedAt: 30, deletedAt: 30 }),
        tx.objectStore('notes').put({ id: '33333333-3333-4333-8333-333333333333', videoId: 'IHZwWFHWa-w', t: 5, text: 'cost function', createdAt: 12, updatedAt: 12 }),
        tx.objectStore('meta').put({ key: 'settings', settings: { panelCollapsed: true } }),
        tx.objectStore('meta').put({ key: 'schema', version: 1 }),
        tx.done,
      ]);
    },
    sigmoidTags: [],
  },
  2: {
    // Version 1's stores, and two more.
    build(db) {
      olderVersions[1]!.build(db);
      db.createObjectStore('progress', { keyPath: 'videoId' });
      db.createObjectStore('drafts', { keyPath: 'videoId' });
    },
    async fill(db) {
      const tx = db.transaction(['notes', 'meta', 'progress'], 'readwrite');
      await Promise.all([
        // A record per note.
        tx.objectStore('notes').put({ id: '11111111-1111-4111-8111-111111111111', videoId: 'aircAruvnKk', t: 162, text: 'sigmoid', tags: ['activation'], createdAt: 10, updatedAt: 10 }),
        tx.objectStore('notes').put({ id: '22222222-2222-4222-8222-222222222222', videoId: 'aircAruvnKk', t: 20, text: 'neurons hold numbers', tags: [], createdAt: 11, updatedAt: 30, deletedAt: 30 }),
        tx.objectStore('notes').put({ id: '33333333-3333-4333-8333-333333333333', videoId: 'IHZwWFHWa-w', t: 5, text: 'cost function', tags: [], createdAt: 12, updatedAt: 12 }),
        tx.objectStore('meta').put({ key: 'settings', settings: { panelCollapsed: true } }),
        tx.objectStore('meta').put({ key: 'schema', version: 2 }),
        tx.objectStore('progress').put({ videoId: 'aircAruvnKk', watched: [[0, 60]], lastPosition: 60, updatedAt: 40 }),
        tx.done,
      ]);
    },
    sigmoidTags: ['activation'],
  },
};

async function createOlderDatabase(name: string, version: number): Promise<void> {
  const layout = olderVersions[version];
  if (!layout) throw new Error(`no fixture for version ${version}`);
  const db = await openDB(name, version, { upgrade: (upgrading) => layout.build(upgrading) });
  await layout.fill(db);
  db.close();
}

describe('database upgrades', () => {
  it('has a fixture for every older version, so that each upgrade step is tested', () => {
    expect(Object.keys(olderVersions).map(Number)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(Object.keys(olderVersions).map(Number))(
    'a version %i database reaches the current version with every note and setting intact',
    async (version) => {
      const name = `margin-upgrade-from-${version}`;
      await createOlderDatabase(name, version);

      const db = await openMarginDb(name);
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual(['drafts', 'meta', 'note-packs', 'progress']);
      expect(await db.get('meta', 'schema')).toEqual({ key: 'schema', version: DB_VERSION });
      const notes = await readAllNotes(db.transaction('note-packs').store);
      expect(notes).toHaveLength(3);
      for (const note of notes) expect(note.tags).toEqual(note.text === 'sigmoid' ? olderVersions[version]!.sigmoidTags : []);
      db.close();

      const sender = { id: 'margin' };
      const handlers = createRequestHandlers({
        connect: lazyDatabase((hooks) => openMarginDb(name, hooks)),
        hub: { publish: () => undefined, resync: () => undefined },
        clock: testClock(),
      });
      expect(await handlers['notes/list']({ videoId: 'aircAruvnKk' }, sender)).toEqual([
        { id: '11111111-1111-4111-8111-111111111111', videoId: 'aircAruvnKk', t: 162, text: 'sigmoid', tags: olderVersions[version]!.sigmoidTags, createdAt: 10, updatedAt: 10 },
      ]);
      expect((await handlers['notes/list-all']({}, sender)).map((note) => note.text)).toEqual(['sigmoid', 'cost function']);
      // The deleted note kept its tombstone and can still be restored.
      const restored = await handlers['notes/restore']({ id: '22222222-2222-4222-8222-222222222222' }, sender);
      expect(restored).toMatchObject({ text: 'neurons hold numbers', tags: [] });
      expect(await handlers['settings/get']({}, sender)).toMatchObject({ panelCollapsed: true, pauseWhileWriting: true });
      // Stores added by the upgrade work.
      await handlers['drafts/set']({ videoId: 'aircAruvnKk', draft: { t: 1, text: 'x', tags: [] } }, sender);
      expect(await handlers['drafts/get']({ videoId: 'aircAruvnKk' }, sender)).toMatchObject({ text: 'x' });
    },
  );

  it('an upgrade that fails half way (a full disk) keeps version 2 and every note as it was, and runs again on the next open', async () => {
    const name = 'margin-upgrade-fails';
    await createOlderDatabase(name, 2);
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'note-packs') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(openMarginDb(name)).rejects.toThrow();
    spy.mockRestore();

    const still = await openDB(name);
    expect(still.version).toBe(2);
    expect(await still.count('notes')).toBe(3);
    still.close();
    const db = await openMarginDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect((await readAllNotes(db.transaction('note-packs').store)).map((note) => note.text).sort()).toEqual(['cost function', 'neurons hold numbers', 'sigmoid']);
    db.close();
  });

  it('a new database starts at the current version with every store', async () => {
    const db = await openMarginDb('margin-upgrade-fresh');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['drafts', 'meta', 'note-packs', 'progress']);
    expect(await db.get('meta', 'schema')).toEqual({ key: 'schema', version: DB_VERSION });
    db.close();
  });
});
