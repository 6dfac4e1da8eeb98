import { beforeEach, describe, expect, it } from 'vitest';
import { lazyDatabase } from '@/entrypoints/background/db/connection';
import { openMarginDb } from '@/entrypoints/background/db/schema';
import { createRequestHandlers } from '@/entrypoints/background/handlers';
import type { RequestHandlers, Sender } from '@/entrypoints/background/router';
import type { LiveEvent } from '@/utils/live-protocol';
import type { Note } from '@/utils/notes';
import { freshDatabase, testClock } from './background-fakes';

const sender: Sender = { id: 'margin' };
let database: ReturnType<typeof freshDatabase>;
let clock: ReturnType<typeof testClock>;
let pushed: LiveEvent[];
let handlers: RequestHandlers;

/** What another worker (after a restart) would see: a new connection to the same database. */
const afterRestart = () =>
  createRequestHandlers({
    connect: lazyDatabase((hooks) => openMarginDb(database.name, hooks)),
    hub: { publish: () => undefined, resync: () => undefined },
    clock,
  });

const create = (fields: Partial<{ videoId: Note['videoId']; t: number; text: string; tags: string[] }> = {}) =>
  handlers['notes/create']({ videoId: 'aircAruvnKk', t: 0, text: 'a note', tags: [], ...fields }, sender);
const list = (videoId: Note['videoId'] = 'aircAruvnKk') => handlers['notes/list']({ videoId }, sender);
const texts = (notes: Note[]) => notes.map((note) => note.text);

beforeEach(() => {
  database = freshDatabase();
  clock = testClock();
  pushed = [];
  handlers = createRequestHandlers({ connect: database.connect, hub: { publish: (event) => pushed.push(event), resync: () => undefined }, clock });
});

describe('notes', () => {
  it('a created note is listed, stamped, and still there after the worker restarts', async () => {
    const note = await create({ t: 162, text: 'sigmoid squashes', tags: ['activation'] });
    expect(note).toMatchObject({ videoId: 'aircAruvnKk', t: 162, text: 'sigmoid squashes', tags: ['activation'] });
    expect(note.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(note.createdAt).toBe(clock.now());
    expect(note.updatedAt).toBe(clock.now());
    expect(await list()).toEqual([note]);
    expect(await afterRestart()['notes/list']({ videoId: 'aircAruvnKk' }, sender)).toEqual([note]);
  });

  it('lists by time, then by when written, and only the asked video', async () => {
    await create({ t: 300, text: 'late' });
    await create({ t: 60, text: 'early, written first' });
    clock.advance(1000);
    await create({ t: 60, text: 'early, written second' });
    await create({ videoId: 'IHZwWFHWa-w', t: 1, text: 'other video' });
    expect(texts(await list())).toEqual(['early, written first', 'early, written second', 'late']);
    expect(texts(await list('IHZwWFHWa-w'))).toEqual(['other video']);
  });

  it('lists every video for the notebook, in series order', async () => {
    await create({ videoId: 'Ilg3gGewQ5U', t: 5, text: 'lesson 3' });
    await create({ videoId: 'aircAruvnKk', t: 900, text: 'lesson 1' });
    expect(texts(await handlers['notes/list-all']({}, sender))).toEqual(['lesson 1', 'lesson 3']);
  });

  it("the notebook's first screen is the start of the full list, read without the rest", async () => {
    const first = (limit: number) => handlers['notes/list-first']({ limit }, sender);
    expect(await first(5)).toEqual({ notes: [], complete: true });
    await create({ videoId: 'Ilg3gGewQ5U', t: 5, text: 'lesson 3' });
    await create({ videoId: 'aircAruvnKk', t: 900, text: 'lesson 1, late' });
    const gone = await create({ videoId: 'aircAruvnKk', t: 1, text: 'deleted' });
    await handlers['notes/delete']({ id: gone.id }, sender);
    await create({ videoId: 'aircAruvnKk', t: 60, text: 'lesson 1, written first' });
    clock.advance(1000);
    await create({ videoId: 'aircAruvnKk', t: 60, text: 'lesson 1, written second' });
    const all = await handlers['notes/list-all']({}, sender);

    expect(await first(10)).toEqual({ notes: all, complete: true });
    expect(await first(2)).toEqual({ notes: all.slice(0, 2), complete: false });
    // The second note shares its second (60) with the one before: both come, in the full list's order.
    expect(texts((await first(1)).notes)).toEqual(['lesson 1, written first', 'lesson 1, written second']);
    expect(await first(3)).toEqual({ notes: all.slice(0, 3), complete: false });
  });

  it('the first screen skips deleted notes and stays the start of the full list across videos', async () => {
    for (let i = 0; i < 60; i++) {
      const note = await create({ t: i % 25, text: `lesson 1 #${i}` });
      if (i < 40 && i % 2 === 0) await handlers['notes/delete']({ id: note.id }, sender);
    }
    for (let i = 0; i < 30; i++) await create({ videoId: 'IHZwWFHWa-w', t: i, text: `lesson 2 #${i}` });
    const all = await handlers['notes/list-all']({}, sender);
    expect(all).toHaveLength(40 + 30);
    // Asked with the deleted ones (the notebook's tombstones, for a backup): the same reading, all 90, in its order.
    const withDeleted = await handlers['notes/list-all']({ deleted: true }, sender);
    expect(withDeleted).toHaveLength(90);
    expect(withDeleted.filter((note) => note.deletedAt === undefined)).toEqual(all);
    expect(withDeleted.filter((note) => note.deletedAt !== undefined).map((note) => note.text).sort()).toEqual(
      Array.from({ length: 20 }, (_, k) => `lesson 1 #${2 * k}`).sort(),
    );
    for (const limit of [1, 7, 20, 39, 40, 41, 55, 70, 500]) {
      const { notes, complete } = await handlers['notes/list-first']({ limit }, sender);
      expect(notes.length).toBeGreaterThanOrEqual(Math.min(limit, all.length));
      expect(notes).toEqual(all.slice(0, notes.length));
      // Only notes of the limit's last second come beyond it.
      const last = notes[Math.min(limit, all.length) - 1]!;
      expect(notes.slice(limit).every((note) => note.videoId === last.videoId && note.t === last.t)).toBe(true);
      // Complete only when nothing was left out (it may say no when the limit was exactly the rest).
      if (complete) expect(notes).toEqual(all);
      if (notes.length < all.length) expect(complete).toBe(false);
    }
  });

  it('an edit changes only the given fields, keeps creation time and moves the note when t changes', async () => {
    const first = await create({ t: 10, text: 'first', tags: ['x'] });
    await create({ t: 20, text: 'second' });
    clock.advance(5000);
    const edited = await handlers['notes/update']({ id: first.id, text: 'first, reworded', t: 30 }, sender);
    expect(edited).toEqual({ ...first, text: 'first, reworded', t: 30, updatedAt: first.createdAt + 5000 });
    expect(texts(await list())).toEqual(['second', 'first, reworded']);
  });

  it('every change is newer than the last, even when the clock has not moved', async () => {
    const note = await create();
    const edited = await handlers['notes/update']({ id: note.id, text: 'again' }, sender);
    const deleted = await handlers['notes/delete']({ id: note.id }, sender);
    expect(edited.updatedAt).toBeGreaterThan(note.updatedAt);
    expect(deleted.updatedAt).toBeGreaterThan(edited.updatedAt);
  });

  it('delete leaves a tombstone that is not listed; restore brings the same note back', async () => {
    const kept = await create({ t: 1, text: 'kept' });
    const note = await create({ t: 2, text: 'removed then restored' });
    const tombstone = await handlers['notes/delete']({ id: note.id }, sender);
    expect(tombstone).toMatchObject({ id: note.id, text: note.text });
    expect(tombstone.deletedAt).toBeTypeOf('number');
    expect(await list()).toEqual([kept]);
    expect(await handlers['notes/list-all']({}, sender)).toEqual([kept]);

    const restored = await handlers['notes/restore']({ id: note.id }, sender);
    expect(restored).not.toHaveProperty('deletedAt');
    expect(restored).toMatchObject({ id: note.id, text: note.text, createdAt: note.createdAt });
    expect(texts(await list())).toEqual(['kept', 'removed then restored']);
  });

  it('deleting twice answers with the same tombstone; restoring a live note leaves it as it is', async () => {
    const note = await create();
    const tombstone = await handlers['notes/delete']({ id: note.id }, sender);
    expect(await handlers['notes/delete']({ id: note.id }, sender)).toEqual(tombstone);
    const restored = await handlers['notes/restore']({ id: note.id }, sender);
    expect(await handlers['notes/restore']({ id: note.id }, sender)).toEqual(restored);
  });

  it('refuses to edit a deleted note, and says so', async () => {
    const note = await create({ text: 'gone' });
    await handlers['notes/delete']({ id: note.id }, sender);
    await expect(handlers['notes/update']({ id: note.id, text: 'edit' }, sender)).rejects.toThrow(
      'That note was deleted. Undo the deletion before editing it.',
    );
    const restored = await handlers['notes/restore']({ id: note.id }, sender);
    expect(restored.text).toBe('gone');
  });

  it('says so when a note no longer exists', async () => {
    await expect(handlers['notes/delete']({ id: crypto.randomUUID() }, sender)).rejects.toThrow(
      'That note no longer exists.',
    );
  });

  it('two tabs creating many notes at once lose none', async () => {
    const tabA = handlers;
    const tabB = afterRestart(); // a second connection, as a second worker context would have
    const writes = Array.from({ length: 40 }, (_, i) =>
      (i % 2 ? tabA : tabB)['notes/create']({ videoId: 'aircAruvnKk', t: i, text: `note ${i}`, tags: [] }, sender),
    );
    const created = await Promise.all(writes);
    expect(new Set(created.map((note) => note.id)).size).toBe(40);
    expect(texts(await list())).toEqual(Array.from({ length: 40 }, (_, i) => `note ${i}`));
  });

  it('two tabs editing the same note at once both land, one after the other', async () => {
    const note = await create({ text: 'base' });
    await Promise.all([
      handlers['notes/update']({ id: note.id, text: 'from tab A' }, sender),
      afterRestart()['notes/update']({ id: note.id, tags: ['from tab B'] }, sender),
    ]);
    expect(await list()).toMatchObject([{ text: 'from tab A', tags: ['from tab B'] }]);
  });

  it('pushes each written note, and nothing for reads', async () => {
    const note = await create();
    const tombstone = await handlers['notes/delete']({ id: note.id }, sender);
    await list();
    expect(pushed).toEqual([
      { type: 'notes/changed', videoId: 'aircAruvnKk', note },
      { type: 'notes/changed', videoId: 'aircAruvnKk', note: tombstone },
    ]);
  });
});

describe('progress', () => {
  it('is null for a video never played, then collects ranges and the last position', async () => {
    expect(await handlers['progress/get']({ videoId: 'aircAruvnKk' }, sender)).toBeNull();
    await handlers['progress/record']({ videoId: 'aircAruvnKk', from: 0, to: 30, position: 30 }, sender);
    await handlers['progress/record']({ videoId: 'aircAruvnKk', from: 100, to: 120, position: 120 }, sender);
    const progress = await handlers['progress/record']({ videoId: 'aircAruvnKk', from: 30, to: 45, position: 45 }, sender);
    expect(progress).toEqual({ videoId: 'aircAruvnKk', watched: [[0, 45], [100, 120]], lastPosition: 45, updatedAt: clock.now() });
    expect(await afterRestart()['progress/get']({ videoId: 'aircAruvnKk' }, sender)).toEqual(progress);
    expect(await handlers['progress/get']({ videoId: 'IHZwWFHWa-w' }, sender)).toBeNull();
  });

  it('two tabs reporting at once both count', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? handlers : afterRestart())['progress/record'](
          { videoId: 'aircAruvnKk', from: i * 20, to: i * 20 + 10, position: i * 20 + 10 },
          sender,
        ),
      ),
    );
    const progress = await handlers['progress/get']({ videoId: 'aircAruvnKk' }, sender);
    expect(progress?.watched).toHaveLength(10);
  });
});

describe('settings', () => {
  it('reads the defaults before anything was set', async () => {
    expect(await handlers['settings/get']({}, sender)).toEqual({
      panelCollapsed: false,
      pauseWhileWriting: true,
      glossaryTicks: false,
      activeTab: 'moments',
      syncEnabled: true,
    });
  });

  it('changes only the given fields, keeps them across a restart, and pushes the result', async () => {
    await handlers['settings/set']({ activeTab: 'notes' }, sender);
    const settings = await handlers['settings/set']({ glossaryTicks: true }, sender);
    expect(settings).toEqual({ panelCollapsed: false, pauseWhileWriting: true, glossaryTicks: true, activeTab: 'notes', syncEnabled: true });
    expect(await afterRestart()['settings/get']({}, sender)).toEqual(settings);
    expect(pushed.at(-1)).toEqual({ type: 'settings/changed', settings });
  });
});

describe('drafts', () => {
  it('keeps one draft per video until it is discarded', async () => {
    expect(await handlers['drafts/get']({ videoId: 'aircAruvnKk' }, sender)).toBeNull();
    const noteId = crypto.randomUUID();
    await handlers['drafts/set']({ videoId: 'aircAruvnKk', draft: { t: 12, text: 'half a thou', tags: [], noteId } }, sender);
    await handlers['drafts/set']({ videoId: 'IHZwWFHWa-w', draft: { t: 1, text: 'other', tags: ['x'] } }, sender);
    expect(await afterRestart()['drafts/get']({ videoId: 'aircAruvnKk' }, sender)).toEqual({
      videoId: 'aircAruvnKk',
      t: 12,
      text: 'half a thou',
      tags: [],
      noteId,
      updatedAt: clock.now(),
    });
    await handlers['drafts/set']({ videoId: 'aircAruvnKk', draft: null }, sender);
    expect(await handlers['drafts/get']({ videoId: 'aircAruvnKk' }, sender)).toBeNull();
    expect(await handlers['drafts/get']({ videoId: 'IHZwWFHWa-w' }, sender)).toMatchObject({ text: 'other' });
  });
});
