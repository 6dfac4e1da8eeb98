/** Notes in the database: create, edit, delete as a tombstone, restore, and list for reading. */
import { compareNotesAcrossVideos, isDeleted, visibleNotes, type Note } from '@/utils/notes';
import type { PayloadOf } from '@/utils/protocol';
import type { SeriesVideoId } from '@/utils/series-ids';
import type { Clock } from '../clock';
import { ReadableError } from '../readable-error';
import type { Connect } from './connection';
import { read, write, type WriteTransaction } from './transact';

export type NotesStore = ReturnType<typeof createNotesStore>;

export function createNotesStore(connect: Connect, clock: Clock) {
  /** Later than both now and the note's last change, even if the system clock stepped back. */
  const nextStamp = (note: Note) => Math.max(clock.now(), note.updatedAt + 1);

  async function existing(tx: WriteTransaction<'notes'>, id: string): Promise<Note> {
    const note = await tx.store.get(id);
    if (!note) throw new ReadableError('That note no longer exists. It may have been removed in another tab.');
    return note;
  }

  /** Reads, changes and writes one note in a single transaction, so that two tabs never overwrite each other. */
  const change = (id: string, edit: (note: Note) => Note) =>
    write(connect, 'notes', async (tx) => {
      const before = await existing(tx, id);
      const after = edit(before);
      if (after !== before) await tx.store.put(after);
      return after;
    });

  return {
    list: (videoId: SeriesVideoId) =>
      read(connect, async (db) => {
        const range = IDBKeyRange.bound([videoId, -Infinity], [videoId, Infinity]);
        return visibleNotes(await db.getAllFromIndex('notes', 'by-video-time', range));
      }),

    listAll: () => read(connect, async (db) => visibleNotes(await db.getAll('notes'), compareNotesAcrossVideos)),

    async create(input: PayloadOf<'notes/create'>): Promise<Note> {
      const now = clock.now();
      const note: Note = { id: clock.newId(), ...input, createdAt: now, updatedAt: now };
      return write(connect, 'notes', async (tx) => {
        await tx.store.add(note);
        return note;
      });
    },

    update: ({ id, ...changes }: PayloadOf<'notes/update'>) =>
      change(id, (note) => {
        if (isDeleted(note)) throw new ReadableError('That note was deleted. Undo the deletion before editing it.');
        return { ...note, ...changes, updatedAt: nextStamp(note) };
      }),

    /** Deleting twice answers with the same tombstone. */
    delete: (id: string) =>
      change(id, (note) => {
        if (isDeleted(note)) return note;
        const updatedAt = nextStamp(note);
        return { ...note, deletedAt: updatedAt, updatedAt };
      }),

    /** Restoring a note that is not deleted answers with it unchanged. */
    restore: (id: string) =>
      change(id, (note) => {
        if (!isDeleted(note)) return note;
        const { deletedAt: _deletedAt, ...alive } = note;
        return { ...alive, updatedAt: nextStamp(note) };
      }),
  };
}
