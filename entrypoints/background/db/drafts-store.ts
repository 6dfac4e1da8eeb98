/** The note being typed, one per video, so that closing the tab or navigating away does not lose it. */
import type { Draft } from '@/utils/notes';
import type { DraftInput } from '@/utils/protocol';
import type { SeriesVideoId } from '@/utils/series-ids';
import type { Clock } from '../clock';
import type { Connect } from './connection';
import { read, writeAcross } from './transact';

/** The draft as stored now, and the note id of the one discarded, if any. */
export interface DraftChange {
  draft: Draft | null;
  discarded?: string;
}

const noteIdOf = (draft: Pick<Draft, 'noteId' | 'newNoteId'>) => draft.noteId ?? draft.newNoteId;

export function createDraftsStore(connect: Connect, clock: Clock) {
  return {
    get: (videoId: SeriesVideoId): Promise<Draft | null> =>
      read(connect, async (db) => (await db.get('drafts', videoId)) ?? null),

    /**
     * Writes or (null) discards the video's draft. A draft for a new note that is already saved is not kept
     * (it was on its way while the save went through): a saved note never comes back as a draft.
     */
    set: (videoId: SeriesVideoId, draft: DraftInput | null): Promise<DraftChange> =>
      writeAcross(connect, ['drafts', 'notes'], async (tx): Promise<DraftChange> => {
        const drafts = tx.objectStore('drafts');
        const before = await drafts.get(videoId);
        const saved = draft?.newNoteId !== undefined && (await tx.objectStore('notes').get(draft.newNoteId)) !== undefined;
        if (!draft || saved) {
          await drafts.delete(videoId);
          const discarded = before && noteIdOf(before);
          return discarded ? { draft: null, discarded } : { draft: null };
        }
        const stored: Draft = { ...draft, videoId, updatedAt: clock.now() };
        await drafts.put(stored);
        return { draft: stored };
      }),
  };
}
