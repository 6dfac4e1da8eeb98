/**
 * Notes in the database: create (idempotent by id), edit (refusing a stale one), delete as a tombstone, restore,
 * and list for reading. A save can discard the draft it came from in the same transaction.
 */
import { compareNotesAcrossVideos, isDeleted, visibleNotes, type Note } from '@/utils/notes';
import type { PayloadOf } from '@/utils/protocol';
import { SERIES_VIDEO_IDS, type SeriesVideoId } from '@/utils/series-ids';
import { nextStamp } from '@/utils/stamps';
import type { Clock } from '../clock';
import { ReadableError, StaleEditError } from '../readable-error';
import type { Connect } from './connection';
import { readAllNotes, readLessonNotes, readNote, writeNotes } from './note-packs';
import { read, writeAcross, type WriteTransactionOver } from './transact';

export type NotesStore = ReturnType<typeof createNotesStore>;

type NotesAndDrafts = WriteTransactionOver<['note-packs', 'drafts']>;

/** A draft a save discarded: its video, and the writing it belonged to. */
export interface DiscardedDraft {
  videoId: SeriesVideoId;
  session?: string;
}

/** What a save did: the note as stored, and the draft it discarded, if any. */
export interface Saved {
  note: Note;
  discardedDraft?: DiscardedDraft;
}

/** What a save asks of the video's draft. */
interface Discard {
  discardDraft?: true;
  draftSession?: string;
}

/**
 * Deletes the video's draft if it is the draft of note `id` (and, given a session, of that writing: another tab
 * may be writing its own edit of the same note); any other draft stays.
 */
async function discardDraftOf(tx: NotesAndDrafts, videoId: SeriesVideoId, id: string, session?: string): Promise<DiscardedDraft | undefined> {
  const drafts = tx.objectStore('drafts');
  const draft = await drafts.get(videoId);
  if (!draft || (draft.noteId !== id && draft.newNoteId !== id)) return undefined;
  if (session !== undefined && draft.session !== undefined && draft.session !== session) return undefined;
  await drafts.delete(videoId);
  return draft.session !== undefined ? { videoId, session: draft.session } : { videoId };
}

export function createNotesStore(connect: Connect, clock: Clock) {
  async function existing(tx: NotesAndDrafts, id: string): Promise<Note> {
    const note = await readNote(tx.objectStore('note-packs'), id);
    if (!note) throw new ReadableError('That note no longer exists. It may have been removed in another tab.');
    return note;
  }

  /** Reads, changes and writes one note in a single transaction, so that two tabs never overwrite each other. */
  const change = (id: string, edit: (note: Note) => Note, { discardDraft, draftSession }: Discard = {}) =>
    writeAcross(connect, ['note-packs', 'drafts'], async (tx): Promise<Saved> => {
      const before = await existing(tx, id);
      const after = edit(before);
      if (after !== before) await writeNotes(tx.objectStore('note-packs'), [after]);
      const discarded = discardDraft ? await discardDraftOf(tx, after.videoId, id, draftSession) : undefined;
      return discarded ? { note: after, discardedDraft: discarded } : { note: after };
    });

  return {
    list: (videoId: SeriesVideoId) =>
      read(connect, async (db) => visibleNotes(await readLessonNotes(db.transaction('note-packs').store, videoId))),

    listAll: ({ deleted = false }: { deleted?: boolean } = {}) =>
      read(connect, async (db) => {
        const all = await readAllNotes(db.transaction('note-packs').store);
        return deleted ? all.sort(compareNotesAcrossVideos) : visibleNotes(all, compareNotesAcrossVideos);
      }),

    /**
     * The first `limit` live notes in `listAll`'s order, read lesson by lesson in series order: a notebook of
     * 10,000 notes paints its first screen without reading them all. Notes sharing the last one's second all come,
     * so that the order within that second is the full list's. `complete` when no note was left out.
     */
    listFirst: (limit: number) =>
      read(connect, async (db) => {
        const store = db.transaction('note-packs').store;
        const found: Note[] = []; // in listAll's order: lesson by lesson, each in its own order
        let readAll = true;
        for (const videoId of SERIES_VIDEO_IDS) {
          if (found.length >= limit) {
            readAll = false;
            break;
          }
          found.push(...visibleNotes(await readLessonNotes(store, videoId)));
        }
        if (found.length <= limit) return { notes: found, complete: readAll };
        const last = found[limit - 1]!;
        let end = limit;
        while (end < found.length && found[end]!.videoId === last.videoId && found[end]!.t === last.t) end += 1;
        return { notes: found.slice(0, end), complete: end === found.length && readAll };
      }),

    /** With an id already stored (a retry whose first reply was lost), answers with the stored note. */
    async create({ id, discardDraft, draftSession, ...input }: PayloadOf<'notes/create'>): Promise<Saved & { created: boolean }> {
      const now = clock.now();
      const note: Note = { id: id ?? clock.newId(), ...input, createdAt: now, updatedAt: now };
      return writeAcross(connect, ['note-packs', 'drafts'], async (tx) => {
        const packs = tx.objectStore('note-packs');
        const stored = await readNote(packs, note.id);
        if (!stored) await writeNotes(packs, [note]);
        const discarded = discardDraft ? await discardDraftOf(tx, note.videoId, note.id, draftSession) : undefined;
        return { note: stored ?? note, created: !stored, ...(discarded ? { discardedDraft: discarded } : {}) };
      });
    },

    update: ({ id, base, discardDraft, draftSession, ...changes }: PayloadOf<'notes/update'>) =>
      change(
        id,
        (note) => {
          if (isDeleted(note)) throw new ReadableError('That note was deleted. Undo the deletion before editing it.');
          if (base !== undefined && note.updatedAt !== base) throw new StaleEditError(note);
          return { ...note, ...changes, updatedAt: nextStamp(note.updatedAt, clock.now()) };
        },
        { ...(discardDraft ? { discardDraft } : {}), ...(draftSession !== undefined ? { draftSession } : {}) },
      ),

    /** Deleting twice answers with the same tombstone. */
    delete: (id: string) =>
      change(id, (note) => {
        if (isDeleted(note)) return note;
        const updatedAt = nextStamp(note.updatedAt, clock.now());
        return { ...note, deletedAt: updatedAt, updatedAt };
      }).then(({ note }) => note),

    /** Restoring a note that is not deleted answers with it unchanged. */
    restore: (id: string) =>
      change(id, (note) => {
        if (!isDeleted(note)) return note;
        const { deletedAt: _deletedAt, ...alive } = note;
        return { ...alive, updatedAt: nextStamp(note.updatedAt, clock.now()) };
      }).then(({ note }) => note),
  };
}
