import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyDatabase } from '@/entrypoints/background/db/connection';
import { openMarginDb } from '@/entrypoints/background/db/schema';
import { createRequestHandlers, IMPORT_PUSH_LIMIT } from '@/entrypoints/background/handlers';
import { createLiveHub } from '@/entrypoints/background/live-hub';
import { routeRequest, type RequestHandlers } from '@/entrypoints/background/router';
import { LIVE_PORT_NAME, type LiveEvent, type LiveFilter } from '@/utils/live-protocol';
import type { Note } from '@/utils/notes';
import { validateRequest } from '@/utils/protocol';
import { freshDatabase, recordingPort, settle, testClock } from './background-fakes';
import { readAllNotes } from '@/entrypoints/background/db/note-packs';

const sender = { id: 'margin' };
const FULL = /^Margin could not save: the browser's storage is full\. .*Nothing saved before is lost\.$/;
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
afterEach(() => vi.restoreAllMocks());

/** A note as a file brings it: its own id and stamps. */
const fileNote = (fields: Partial<Note> = {}): Note => ({
  id: crypto.randomUUID(),
  videoId: 'aircAruvnKk',
  t: 30,
  text: 'from the file',
  tags: [],
  createdAt: 1_600_000_000_000,
  updatedAt: 1_600_000_000_000,
  ...fields,
});
const importNotes = (notes: Note[]) => handlers['notes/import']({ notes }, sender);
const create = (text: string) => handlers['notes/create']({ videoId: 'aircAruvnKk', t: 10, text, tags: [] }, sender);
const listAll = () => handlers['notes/list-all']({}, sender);
/** Every stored record, tombstones included, as a new worker would read them. */
async function stored(): Promise<Note[]> {
  const db = await lazyDatabase((hooks) => openMarginDb(database.name, hooks))();
  return (await readAllNotes(db.transaction('note-packs').store)).sort((a, b) => (a.id < b.id ? -1 : 1));
}
const pushedNotes = () => pushed.map((event) => (event.type === 'notes/changed' ? event.note : null));

describe('notes/import merges a file into the stored notes', () => {
  it('adds new notes with their own ids and stamps, lists them, and pushes each', async () => {
    const notes = [fileNote({ t: 5 }), fileNote({ videoId: 'IHZwWFHWa-w', deletedAt: undefined }), fileNote({ t: 1, tags: ['x'] })];
    expect(await importNotes(notes)).toMatchObject({ added: 3, updated: 0, unchanged: 0 });
    expect(await listAll()).toEqual([notes[2], notes[0], notes[1]]);
    expect(pushed).toEqual(notes.map((note) => ({ type: 'notes/changed', videoId: note.videoId, note })));
  });

  it('importing the same file again changes nothing and pushes nothing', async () => {
    const notes = [fileNote(), fileNote({ t: 1 })];
    await importNotes(notes);
    pushed = [];
    expect(await importNotes(notes)).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(pushed).toEqual([]);
  });

  it('of each note the later version wins: an older file never undoes a later edit', async () => {
    const edited = await create('edited here after the export');
    const older = { ...edited, text: 'as exported', updatedAt: edited.updatedAt - 1 };
    clock.advance(1000);
    const newerElsewhere = await create('to be replaced');
    const newer = { ...newerElsewhere, text: 'edited in the other browser', tags: ['other'], updatedAt: newerElsewhere.updatedAt + 60_000 };
    pushed = [];
    expect(await importNotes([older, newer])).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect(await listAll()).toEqual([edited, newer]);
    expect(pushedNotes()).toEqual([newer]);
  });

  it('a note deleted here after the export stays deleted (the tombstone is newer)', async () => {
    const note = await create('deleted after the export');
    clock.advance(1000);
    const tombstone = await handlers['notes/delete']({ id: note.id }, sender);
    pushed = [];
    expect(await importNotes([note])).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(await listAll()).toEqual([]);
    expect(await stored()).toEqual([tombstone]);
    expect(pushed).toEqual([]);
  });

  it('a deletion in the file newer than the note here deletes it, and is pushed as a tombstone', async () => {
    const note = await create('deleted in the other browser');
    const deletion = { ...note, updatedAt: note.updatedAt + 5, deletedAt: note.updatedAt + 5 };
    const olderDeletion = fileNote({ updatedAt: 1, createdAt: 1, deletedAt: 1 });
    pushed = [];
    // A tombstone of a note this browser never had is kept (it keeps travelling) but changes nothing to see.
    expect(await importNotes([deletion, olderDeletion])).toMatchObject({ added: 0, updated: 0, deleted: 1, unchanged: 1 });
    expect(await listAll()).toEqual([]);
    expect(await stored()).toEqual([deletion, olderDeletion].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(pushedNotes()).toEqual([deletion, olderDeletion]);
    // The tombstone is an ordinary one: undo brings the note back.
    expect(await handlers['notes/restore']({ id: note.id }, sender)).toMatchObject({ text: note.text });
  });

  it('at the same instant a deletion wins, from either side', async () => {
    const live = await create('live here, deleted there at the same ms');
    const deadHere = await create('deleted here, live there at the same ms');
    const tombstone = await handlers['notes/delete']({ id: deadHere.id }, sender);
    const fileDeletion = { ...live, deletedAt: live.updatedAt };
    const fileLive = { ...deadHere, updatedAt: tombstone.updatedAt };
    expect(await importNotes([fileDeletion, fileLive])).toMatchObject({ added: 0, updated: 0, deleted: 1, unchanged: 1 });
    expect(await listAll()).toEqual([]);
  });

  it('is still there after the worker restarts', async () => {
    const notes = [fileNote(), fileNote({ t: 2 })];
    await importNotes(notes);
    const restarted = createRequestHandlers({
      connect: lazyDatabase((hooks) => openMarginDb(database.name, hooks)),
      hub: { publish: () => undefined, resync: () => undefined },
      clock,
    });
    expect(await restarted['notes/list']({ videoId: 'aircAruvnKk' }, sender)).toEqual([notes[1], notes[0]]);
  });
});

describe('notes/import tells the open views, after the transaction completed', () => {
  const OWN_ID = 'margin-extension-id';
  const withHub = () => {
    const hub = createLiveHub(OWN_ID);
    return { hub, handlers: createRequestHandlers({ connect: database.connect, hub, clock }) };
  };
  async function view(hub: ReturnType<typeof createLiveHub>, filter: LiveFilter) {
    const end = recordingPort(LIVE_PORT_NAME, OWN_ID);
    hub.accept(end.port);
    end.send({ margin: 1, type: 'live/subscribe', filter });
    await vi.waitFor(() => expect(end.received).toEqual([{ type: 'live/ready' }]));
    end.received.length = 0; // the subscription's own confirmation
    return end;
  }

  it(`pushes each changed note when there are at most ${IMPORT_PUSH_LIMIT}`, async () => {
    const { hub, handlers: live } = withHub();
    const [notebook, panel] = [await view(hub, { all: true }), await view(hub, { videoId: 'aircAruvnKk' })];
    const notes = Array.from({ length: IMPORT_PUSH_LIMIT }, (_, i) => fileNote({ t: i, videoId: i % 2 ? 'IHZwWFHWa-w' : 'aircAruvnKk' }));
    await live['notes/import']({ notes }, sender);
    await vi.waitFor(() => expect(notebook.received).toEqual(notes.map((note) => ({ type: 'notes/changed', videoId: note.videoId, note }))));
    await vi.waitFor(() => expect(panel.received).toHaveLength(3));
    expect(panel.received).toEqual(notes.filter((n) => n.videoId === 'aircAruvnKk').map((note) => ({ type: 'notes/changed', videoId: 'aircAruvnKk', note })));
  });

  it('beyond that, asks every view to refetch once, rather than render once per note', async () => {
    const { hub, handlers: live } = withHub();
    const [notebook, panel, otherPanel] = [
      await view(hub, { all: true }),
      await view(hub, { videoId: 'aircAruvnKk' }),
      await view(hub, { videoId: 'iv-5mZ_9CPY' }),
    ];
    const notes = Array.from({ length: 1000 }, (_, i) => fileNote({ t: i }));
    await live['notes/import']({ notes }, sender);
    await settle();
    for (const end of [notebook, panel, otherPanel]) expect(end.received).toEqual([{ type: 'live/ready' }]);
    // Unchanged notes are not changes: importing the same file again tells no one anything.
    await live['notes/import']({ notes }, sender);
    await settle();
    expect(notebook.received).toHaveLength(1);
  });
});

describe('notes/import, when the storage fills up half way', () => {
  it('changes nothing at all, pushes nothing, says so, and works once there is room', async () => {
    const kept = await create('stored before');
    const before = await stored();
    pushed = [];
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    // The first write succeeds; the second fails as a full disk makes it fail. (A put writes a pack of notes: the
    // notes of two lessons are two packs at least.)
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const notes = [fileNote(), { ...kept, text: 'newer', updatedAt: kept.updatedAt + 1 }, fileNote({ t: 3 }), fileNote({ t: 4, videoId: 'IHZwWFHWa-w' })];
    await expect(importNotes(notes)).rejects.toThrow(FULL);
    expect(puts).toBe(2);
    vi.restoreAllMocks();
    expect(await stored()).toEqual(before);
    expect(pushed).toEqual([]);
    expect(await importNotes(notes)).toMatchObject({ added: 3, updated: 1, unchanged: 0 });
  });
});

describe('notes/import as the background receives it', () => {
  const message = (notes: unknown) => ({ margin: 1, type: 'notes/import', payload: { notes } });

  it('validates the notes again, never trusting the page: the first problem, and nothing stored', async () => {
    const good = fileNote();
    const reply = await routeRequest(handlers, message([good, { ...fileNote(), t: -1 }]), sender, 'margin');
    expect(reply).toEqual({ ok: false, error: 'notes/import: notes[1].t must be between 0 and 86400 seconds' });
    expect(await stored()).toEqual([]);
    expect(await routeRequest(handlers, message([good]), sender, 'margin')).toEqual({
      ok: true,
      value: { added: 1, updated: 0, unchanged: 0, deleted: 0, conflicts: 0, progress: 0, settings: 0 },
    });
  });

  it.each<[string, unknown, string]>([
    ['not a list', { notes: 'all' }, 'notes/import: notes must be a list of notes'],
    ['an extra field', { notes: [], replace: true }, 'notes/import: unexpected field "replace"'],
    ['a video outside the series', { notes: [{ ...fileNote(), videoId: 'dQw4w9WgXcQ' }] }, "notes/import: notes[0].videoId is not one of the series' videos"],
    ['a hole in the list', { notes: [fileNote(), , fileNote()] }, 'notes/import: notes[1] must be a note (an object with id, videoId, t, text, tags, createdAt, updatedAt)'],
    ['the same id twice', (() => { const n = fileNote(); return { notes: [n, { ...n, t: 9 }] }; })(), 'notes/import: notes[1].id is the same as notes[0].id'],
    ['too many notes', { notes: Array.from({ length: 20_001 }, () => 0) }, 'notes/import: notes holds 20001 notes; at most 20000 can be imported at once'],
    ['a getter', { notes: [Object.defineProperty(fileNote(), 'extra', { get: () => 'x', enumerable: true })] }, 'notes/import: notes[0] has an unexpected field "extra"'],
  ])('refuses %s', (_name, payload, error) => {
    expect(validateRequest({ margin: 1, type: 'notes/import', payload })).toEqual({ ok: false, error });
  });

  it('passes on new objects holding only the checked fields', () => {
    const note = fileNote({ tags: [' a ', 'A'] });
    const checked = validateRequest(message([note]));
    expect(checked).toEqual({ ok: true, envelope: message([{ ...note, tags: ['a'] }]) });
    expect(checked.ok && (checked.envelope.payload as { notes: Note[] }).notes[0]).not.toBe(note);
  });
});
