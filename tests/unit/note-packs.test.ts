/** Notes kept in packs (entrypoints/background/db/note-packs.ts), seen through the background's requests. */
import { describe, expect, it } from 'vitest';
import { PACKS_PER_LESSON, readAllNotes } from '@/entrypoints/background/db/note-packs';
import { createRequestHandlers } from '@/entrypoints/background/handlers';
import type { Sender } from '@/entrypoints/background/router';
import type { Note } from '@/utils/notes';
import { freshDatabase, testClock } from './background-fakes';

const sender: Sender = { id: 'margin' };

function setUp() {
  const database = freshDatabase();
  const handlers = createRequestHandlers({ connect: database.connect, hub: { publish: () => undefined, resync: () => undefined }, clock: testClock() });
  const packs = async () => (await database.connect()).getAll('note-packs');
  return { database, handlers, packs };
}

const note = (i: number, videoId: Note['videoId'] = 'aircAruvnKk'): Note => ({
  id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
  videoId,
  t: i,
  text: `note ${i}`,
  tags: [],
  createdAt: 1000 + i,
  updatedAt: 1000 + i,
});

describe('notes kept in packs', () => {
  it('600 notes of one lesson take at most 16 records, and each is still found, edited and listed on its own', async () => {
    const { handlers, packs } = setUp();
    const notes = Array.from({ length: 600 }, (_, i) => note(i));
    await handlers['notes/import']({ notes }, sender);
    const stored = await packs();
    expect(stored.length).toBeLessThanOrEqual(PACKS_PER_LESSON);
    expect(stored.length).toBeGreaterThan(PACKS_PER_LESSON / 2); // spread, not all in one
    for (const pack of stored) expect(pack.ids).toEqual(pack.notes.map((n) => n.id));

    const edited = await handlers['notes/update']({ id: notes[321]!.id, text: 'changed' }, sender);
    expect(edited.text).toBe('changed');
    await handlers['notes/delete']({ id: notes[7]!.id }, sender);
    const listed = await handlers['notes/list']({ videoId: 'aircAruvnKk' }, sender);
    expect(listed).toHaveLength(599);
    expect(listed.map((n) => n.t)).toEqual(notes.filter((_, i) => i !== 7).map((n) => n.t)); // in the lesson's order
    expect(listed.find((n) => n.id === notes[321]!.id)?.text).toBe('changed');
    expect(await handlers['notes/restore']({ id: notes[7]!.id }, sender)).toMatchObject({ text: 'note 7' });
  });

  it('a file giving a stored note id to another lesson moves the note: it is never in two lessons at once', async () => {
    const { database, handlers } = setUp();
    await handlers['notes/import']({ notes: [note(1), note(2)] }, sender);
    const moved = { ...note(1, 'IHZwWFHWa-w'), text: 'said of the second lesson', updatedAt: 5000 };
    await handlers['notes/import']({ notes: [moved], mode: 'replace' }, sender);

    const all = await readAllNotes((await database.connect()).transaction('note-packs').store);
    const copies = all.filter((n) => n.id === moved.id);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ videoId: 'IHZwWFHWa-w', text: 'said of the second lesson' });
    expect((await handlers['notes/list']({ videoId: 'aircAruvnKk' }, sender)).map((n) => n.text)).toEqual([]);
    expect((await handlers['notes/list']({ videoId: 'IHZwWFHWa-w' }, sender)).map((n) => n.text)).toEqual(['said of the second lesson']);
    await handlers['notes/update']({ id: moved.id, text: 'edited where it is now' }, sender);
    expect((await handlers['notes/list']({ videoId: 'IHZwWFHWa-w' }, sender)).map((n) => n.text)).toEqual(['edited where it is now']);
  });
});
