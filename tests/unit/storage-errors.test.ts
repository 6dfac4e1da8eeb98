import { unwrap } from 'idb';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyDatabase } from '@/entrypoints/background/db/connection';
import { openMarginDb } from '@/entrypoints/background/db/schema';
import { createRequestHandlers } from '@/entrypoints/background/handlers';
import type { RequestHandlers } from '@/entrypoints/background/router';
import type { LiveEvent } from '@/utils/live-protocol';
import { freshDatabase, testClock } from './background-fakes';

const sender = { id: 'margin' };
const FULL = /^Margin could not save: the browser's storage is full\. .*Nothing saved before is lost\.$/;
let database: ReturnType<typeof freshDatabase>;
let pushed: LiveEvent[];
let handlers: RequestHandlers;

/** From now on every write to the object stores fails the way a full disk makes it fail. */
function fillTheDisk() {
  const full = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(full);
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(full);
}

beforeEach(() => {
  database = freshDatabase();
  pushed = [];
  handlers = createRequestHandlers({ connect: database.connect, hub: { publish: (e) => pushed.push(e), resync: () => undefined }, clock: testClock() });
});
afterEach(() => vi.restoreAllMocks());

describe('when the storage is full', () => {
  it('a new note is refused with a clear error, earlier notes stay, and saving works again once there is room', async () => {
    const earlier = await handlers['notes/create']({ videoId: 'aircAruvnKk', t: 1, text: 'earlier', tags: [] }, sender);
    fillTheDisk();
    await expect(
      handlers['notes/create']({ videoId: 'aircAruvnKk', t: 2, text: 'lost?', tags: [] }, sender),
    ).rejects.toThrow(FULL);
    vi.restoreAllMocks();
    expect(await handlers['notes/list']({ videoId: 'aircAruvnKk' }, sender)).toEqual([earlier]);
    expect(pushed).toEqual([{ type: 'notes/changed', videoId: 'aircAruvnKk', note: earlier }]);
    await handlers['notes/create']({ videoId: 'aircAruvnKk', t: 3, text: 'later', tags: [] }, sender);
    expect(await handlers['notes/list']({ videoId: 'aircAruvnKk' }, sender)).toHaveLength(2);
  });

  it('a failed edit leaves the note exactly as it was', async () => {
    const note = await handlers['notes/create']({ videoId: 'aircAruvnKk', t: 1, text: 'before', tags: ['a'] }, sender);
    fillTheDisk();
    await expect(handlers['notes/update']({ id: note.id, text: 'after' }, sender)).rejects.toThrow(FULL);
    await expect(handlers['notes/delete']({ id: note.id }, sender)).rejects.toThrow(FULL);
    vi.restoreAllMocks();
    expect(await handlers['notes/list']({ videoId: 'aircAruvnKk' }, sender)).toEqual([note]);
  });

  it('settings and progress report it the same way and keep their old values', async () => {
    await handlers['settings/set']({ activeTab: 'glossary' }, sender);
    fillTheDisk();
    await expect(handlers['settings/set']({ activeTab: 'notes' }, sender)).rejects.toThrow(FULL);
    await expect(
      handlers['progress/record']({ videoId: 'aircAruvnKk', from: 0, to: 5, position: 5 }, sender),
    ).rejects.toThrow(FULL);
    vi.restoreAllMocks();
    expect(await handlers['settings/get']({}, sender)).toMatchObject({ activeTab: 'glossary' });
    expect(await handlers['progress/get']({ videoId: 'aircAruvnKk' }, sender)).toBeNull();
  });
});

describe('when the database cannot be opened', () => {
  it('says so in words a learner can act on, and tries again on the next request', async () => {
    let attempts = 0;
    const connect = lazyDatabase((hooks) => {
      attempts += 1;
      if (attempts === 1) throw new DOMException('Internal error opening backing store', 'UnknownError');
      return openMarginDb(database.name, hooks);
    });
    const flaky = createRequestHandlers({ connect, hub: { publish: () => undefined, resync: () => undefined }, clock: testClock() });
    await expect(flaky['notes/list']({ videoId: 'aircAruvnKk' }, sender)).rejects.toThrow(
      /^Margin could not open its storage \(UnknownError\)\. Your notes are not lost; try again/,
    );
    await expect(flaky['notes/list']({ videoId: 'aircAruvnKk' }, sender)).resolves.toEqual([]);
  });

  it('opens a fresh connection after the browser closed the old one', async () => {
    const note = await handlers['notes/create']({ videoId: 'aircAruvnKk', t: 1, text: 'kept', tags: [] }, sender);
    const connection = unwrap(await database.connect());
    // fake-indexeddb declares the parameter as the IDBDatabase class, but wants the instance.
    forceCloseDatabase(connection as unknown as Parameters<typeof forceCloseDatabase>[0]);
    expect(await handlers['notes/list']({ videoId: 'aircAruvnKk' }, sender)).toEqual([note]);
  });
});
