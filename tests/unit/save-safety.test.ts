/**
 * Saves that can be retried and raced without duplicating or erasing anything: the view chooses the note's id
 * (a retry answers with the stored note), the draft goes in the same transaction as the save, drafts are pushed
 * to the other panels of the video, and an edit started from an old version is refused with the current one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyDatabase } from '@/entrypoints/background/db/connection';
import { openMarginDb } from '@/entrypoints/background/db/schema';
import { createRequestHandlers } from '@/entrypoints/background/handlers';
import { routeRequest, type RequestHandlers, type Sender } from '@/entrypoints/background/router';
import type { LiveEvent } from '@/utils/live-protocol';
import type { Note } from '@/utils/notes';
import { freshDatabase, testClock } from './background-fakes';
import { readAllNotes } from '@/entrypoints/background/db/note-packs';

const sender: Sender = { id: 'margin' };
const VIDEO = 'aircAruvnKk';
let database: ReturnType<typeof freshDatabase>;
let clock: ReturnType<typeof testClock>;
let pushed: LiveEvent[];
let handlers: RequestHandlers;

beforeEach(() => {
  database = freshDatabase();
  clock = testClock();
  pushed = [];
  handlers = createRequestHandlers({ connect: database.connect, hub: { publish: (event) => pushed.push(event), resync: () => undefined }, clock });
});

/** A second worker (after a restart) over the same database. */
const otherWorker = () =>
  createRequestHandlers({
    connect: lazyDatabase((hooks) => openMarginDb(database.name, hooks)),
    hub: { publish: () => undefined, resync: () => undefined },
    clock,
  });
afterEach(() => vi.restoreAllMocks());

const allStored = async (): Promise<Note[]> => readAllNotes((await lazyDatabase((hooks) => openMarginDb(database.name, hooks))()).transaction('note-packs').store);
const draftOf = () => handlers['drafts/get']({ videoId: VIDEO }, sender);

describe('notes/create with the id the view chose', () => {
  it('stores the note under that id, and a retry answers with the stored note without a second copy', async () => {
    const id = crypto.randomUUID();
    const first = await handlers['notes/create']({ id, videoId: VIDEO, t: 5, text: 'once', tags: [] }, sender);
    expect(first.id).toBe(id);
    clock.advance(1000);
    const retry = await otherWorker()['notes/create']({ id, videoId: VIDEO, t: 5, text: 'once', tags: [] }, sender);
    expect(retry).toEqual(first);
    expect(await allStored()).toEqual([first]);
  });

  it('answers a retry with the note as stored since, an edit or a deletion included, and never resurrects it', async () => {
    const id = crypto.randomUUID();
    await handlers['notes/create']({ id, videoId: VIDEO, t: 5, text: 'first', tags: [] }, sender);
    const edited = await handlers['notes/update']({ id, text: 'edited' }, sender);
    expect(await handlers['notes/create']({ id, videoId: VIDEO, t: 5, text: 'first', tags: [] }, sender)).toEqual(edited);
    const tombstone = await handlers['notes/delete']({ id }, sender);
    expect(await handlers['notes/create']({ id, videoId: VIDEO, t: 5, text: 'first', tags: [] }, sender)).toEqual(tombstone);
    expect(await handlers['notes/list']({ videoId: VIDEO }, sender)).toEqual([]);
  });

  it('200 concurrent creates, each sent twice to two workers, store 200 notes', async () => {
    const ids = Array.from({ length: 200 }, () => crypto.randomUUID());
    const second = otherWorker();
    const replies = await Promise.all(
      ids.flatMap((id, i) => [handlers, second].map((h) => h['notes/create']({ id, videoId: VIDEO, t: i, text: `n${i}`, tags: [] }, sender))),
    );
    expect(new Set(replies.map((note) => note.id)).size).toBe(200);
    expect((await allStored()).map((note) => note.id).sort()).toEqual([...ids].sort());
  });
});

describe('the draft goes with the save, in the same transaction', () => {
  it('a create discards the draft that became the note, and pushes the note, then the discard', async () => {
    const id = crypto.randomUUID();
    await handlers['drafts/set']({ videoId: VIDEO, draft: { t: 5, text: 'typed', tags: [], newNoteId: id } }, sender);
    pushed = [];
    const note = await handlers['notes/create']({ id, videoId: VIDEO, t: 5, text: 'typed', tags: [], discardDraft: true }, sender);
    expect(await draftOf()).toBeNull();
    expect(pushed).toEqual([
      { type: 'notes/changed', videoId: VIDEO, note },
      { type: 'drafts/changed', videoId: VIDEO, draft: null, discarded: id },
    ]);
  });

  it('a draft write still on its way when the note was saved is not kept', async () => {
    const id = crypto.randomUUID();
    await handlers['notes/create']({ id, videoId: VIDEO, t: 5, text: 'typed', tags: [], discardDraft: true }, sender);
    await handlers['drafts/set']({ videoId: VIDEO, draft: { t: 5, text: 'typed', tags: [], newNoteId: id } }, sender);
    expect(await draftOf()).toBeNull();
  });

  it("leaves another note's draft alone (a second tab writing something else)", async () => {
    const other = crypto.randomUUID();
    await handlers['drafts/set']({ videoId: VIDEO, draft: { t: 9, text: 'another note', tags: [], newNoteId: other } }, sender);
    await handlers['notes/create']({ id: crypto.randomUUID(), videoId: VIDEO, t: 5, text: 'typed', tags: [], discardDraft: true }, sender);
    expect(await draftOf()).toMatchObject({ text: 'another note', newNoteId: other });
  });

  it('an edit saved from the panel discards its draft; a refused edit keeps it', async () => {
    const note = await handlers['notes/create']({ id: crypto.randomUUID(), videoId: VIDEO, t: 5, text: 'v1', tags: [] }, sender);
    await handlers['drafts/set']({ videoId: VIDEO, draft: { t: 5, text: 'v2', tags: [], noteId: note.id } }, sender);
    await handlers['notes/update']({ id: note.id, text: 'elsewhere', base: note.updatedAt }, sender);
    await expect(
      handlers['notes/update']({ id: note.id, text: 'v2', base: note.updatedAt, discardDraft: true }, sender),
    ).rejects.toThrow(/changed in another tab/);
    expect(await draftOf()).toMatchObject({ text: 'v2', noteId: note.id });
    const current = (await handlers['notes/list']({ videoId: VIDEO }, sender))[0]!;
    await handlers['notes/update']({ id: note.id, text: 'v2', base: current.updatedAt, discardDraft: true }, sender);
    expect(await draftOf()).toBeNull();
  });

  it('a save that fails leaves both as they were: no note, the draft kept', async () => {
    const id = crypto.randomUUID();
    await handlers['drafts/set']({ videoId: VIDEO, draft: { t: 5, text: 'typed', tags: [], newNoteId: id } }, sender);
    // The disk fills up half way through the save: after the note was added, at the draft's removal.
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(
      handlers['notes/create']({ id, videoId: VIDEO, t: 5, text: 'typed', tags: [], discardDraft: true }, sender),
    ).rejects.toThrow(/storage is full/);
    vi.restoreAllMocks();
    expect(await allStored()).toEqual([]);
    expect(await draftOf()).toMatchObject({ text: 'typed', newNoteId: id });
  });
});

describe('drafts reach the other panels of the video', () => {
  it('pushes each draft change and discard', async () => {
    const viewId = crypto.randomUUID();
    await handlers['drafts/set']({ videoId: VIDEO, draft: { t: 1, text: 'a', tags: [], viewId } }, sender);
    await handlers['drafts/set']({ videoId: VIDEO, draft: null }, sender);
    const newNoteId = crypto.randomUUID();
    await handlers['drafts/set']({ videoId: VIDEO, draft: { t: 1, text: 'b', tags: [], newNoteId } }, sender);
    await handlers['drafts/set']({ videoId: VIDEO, draft: null }, sender);
    expect(pushed).toEqual([
      { type: 'drafts/changed', videoId: VIDEO, draft: { t: 1, text: 'a', tags: [], viewId, videoId: VIDEO, updatedAt: clock.now() } },
      { type: 'drafts/changed', videoId: VIDEO, draft: null },
      { type: 'drafts/changed', videoId: VIDEO, draft: { t: 1, text: 'b', tags: [], newNoteId, videoId: VIDEO, updatedAt: clock.now() } },
      { type: 'drafts/changed', videoId: VIDEO, draft: null, discarded: newNoteId },
    ]);
  });
  it('says which writing a discard ended, whether cancelled or saved, so that another writing of the same note stays open', async () => {
    const note = await handlers['notes/create']({ videoId: VIDEO, t: 5, text: 'start', tags: [] }, sender);
    const session = crypto.randomUUID();
    await handlers['drafts/set']({ videoId: VIDEO, draft: { t: 5, text: 'edit', tags: [], noteId: note.id, base: note.updatedAt, session } }, sender);
    expect(await draftOf()).toMatchObject({ session });
    pushed = [];
    await handlers['notes/update']({ id: note.id, text: 'edit', base: note.updatedAt, discardDraft: true }, sender);
    expect(pushed.at(-1)).toEqual({ type: 'drafts/changed', videoId: VIDEO, draft: null, discarded: note.id, discardedSession: session });

    const other = crypto.randomUUID();
    await handlers['drafts/set']({ videoId: VIDEO, draft: { t: 5, text: 'again', tags: [], noteId: note.id, session: other } }, sender);
    await handlers['drafts/set']({ videoId: VIDEO, draft: null }, sender);
    expect(pushed.at(-1)).toEqual({ type: 'drafts/changed', videoId: VIDEO, draft: null, discarded: note.id, discardedSession: other });
  });
});

describe('two writings of one note (two tabs that each opened it for an edit)', () => {
  it("a save or a cancel in one never discards the other's draft", async () => {
    const note = await handlers['notes/create']({ videoId: VIDEO, t: 5, text: 'start', tags: [] }, sender);
    const mine = crypto.randomUUID();
    const theirs = crypto.randomUUID();
    const draft = (text: string, session: string) => ({ t: 5, text, tags: [], noteId: note.id, base: note.updatedAt, session });
    await handlers['drafts/set']({ videoId: VIDEO, draft: draft('mine, typed here', mine) }, sender);

    // The other tab saves its own writing of the same note: the draft kept is still this one.
    pushed = [];
    await handlers['notes/update']({ id: note.id, text: 'theirs', base: note.updatedAt, discardDraft: true, draftSession: theirs }, sender);
    expect(await draftOf()).toMatchObject({ text: 'mine, typed here', session: mine });
    expect(pushed.filter((event) => event.type === 'drafts/changed')).toEqual([]);

    // It cancels a writing of its own: nothing changes, nothing is pushed.
    await handlers['drafts/set']({ videoId: VIDEO, draft: null, session: theirs }, sender);
    expect(await draftOf()).toMatchObject({ text: 'mine, typed here', session: mine });
    expect(pushed.filter((event) => event.type === 'drafts/changed')).toEqual([]);

    // This writing's own cancel does discard it.
    await handlers['drafts/set']({ videoId: VIDEO, draft: null, session: mine }, sender);
    expect(await draftOf()).toBeNull();
    expect(pushed.at(-1)).toEqual({ type: 'drafts/changed', videoId: VIDEO, draft: null, discarded: note.id, discardedSession: mine });
  });
});

describe('an edit from an old version', () => {
  it('is refused with the current note in the reply, and nothing is overwritten', async () => {
    const note = await handlers['notes/create']({ videoId: VIDEO, t: 5, text: 'start', tags: [] }, sender);
    const theirs = await handlers['notes/update']({ id: note.id, text: 'theirs', base: note.updatedAt }, sender);
    const reply = await routeRequest(
      handlers,
      { margin: 1, type: 'notes/update', payload: { id: note.id, text: 'mine', base: note.updatedAt } },
      sender,
      'margin',
    );
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/changed in another tab/) as unknown, current: theirs });
    expect((await allStored())[0]).toEqual(theirs);
  });

  it('two tabs editing one note from the same version: exactly one lands, the other is told', async () => {
    const note = await handlers['notes/create']({ videoId: VIDEO, t: 5, text: 'start', tags: [] }, sender);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? handlers : otherWorker())['notes/update']({ id: note.id, text: `tab ${i}`, base: note.updatedAt }, sender),
      ),
    );
    const landed = results.filter((result) => result.status === 'fulfilled');
    expect(landed).toHaveLength(1);
    const stored = (await allStored())[0]!;
    expect(stored).toEqual((landed[0] as PromiseFulfilledResult<Note>).value);
  });
});
