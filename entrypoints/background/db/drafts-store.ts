/** The note being typed, one per video, so that closing the tab or navigating away does not lose it. */
import type { Draft } from '@/utils/notes';
import type { DraftInput } from '@/utils/protocol';
import type { SeriesVideoId } from '@/utils/series-ids';
import type { Clock } from '../clock';
import type { Connect } from './connection';
import { readNote } from './note-packs';
import { read, writeAcross } from './transact';

/** The draft as stored now, and the note id (and writing) of the one discarded, if any. */
export interface DraftChange {
  draft: Draft | null;
  discarded?: string;
  discardedSession?: string;
}

const noteIdOf = (draft: Pick<Draft, 'noteId' | 'newNoteId'>) => draft.noteId ?? draft.newNoteId;

export function createDraftsStore(connect: Connect, clock: Clock) {
  return {
    get: (videoId: SeriesVideoId): Promise<Draft | null> =>
      read(connect, async (db) => (await db.get('drafts', videoId)) ?? null),

    /**
     * Writes or (null) discards the video's draft (given a session, only if it is that writing's; null: unchanged). A draft for a new note that is already saved is not kept
     * (it was on its way while the save went through): a saved note never comes back as a draft.
     */
    set: (videoId: SeriesVideoId, draft: DraftInput | null, session?: string): Promise<DraftChange | null> =>
      writeAcross(connect, ['drafts', 'note-packs'], async (tx): Promise<DraftChange | null> => {
        const drafts = tx.objectStore('drafts');
        const before = await drafts.get(videoId);
        // Discarding one writing leaves another tab's (of this note or another) in place: nothing changes.
        if (!draft && session !== undefined && before?.session !== undefined && before.session !== session) return null;
        const saved = draft?.newNoteId !== undefined && (await readNote(tx.objectStore('note-packs'), draft.newNoteId)) !== undefined;
        if (!draft || saved) {
          await drafts.delete(videoId);
          const discarded = before && noteIdOf(before);
          if (!discarded) return { draft: null };
          return before.session !== undefined ? { draft: null, discarded, discardedSession: before.session } : { draft: null, discarded };
        }
        const stored: Draft = { ...draft, videoId, updatedAt: clock.now() };
        await drafts.put(stored);
        return { draft: stored };
      }),
  };
}
