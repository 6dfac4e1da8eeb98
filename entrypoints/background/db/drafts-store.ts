/** The note being typed, one per video, so that closing the tab or navigating away does not lose it. */
import type { Draft } from '@/utils/notes';
import type { DraftInput } from '@/utils/protocol';
import type { SeriesVideoId } from '@/utils/series-ids';
import type { Clock } from '../clock';
import type { Connect } from './connection';
import { read, write } from './transact';

export function createDraftsStore(connect: Connect, clock: Clock) {
  return {
    get: (videoId: SeriesVideoId): Promise<Draft | null> =>
      read(connect, async (db) => (await db.get('drafts', videoId)) ?? null),

    /** Answers with the draft as stored now (null when discarded), for the other views of the video. */
    set: (videoId: SeriesVideoId, draft: DraftInput | null): Promise<Draft | null> =>
      write(connect, 'drafts', async (tx) => {
        if (!draft) {
          await tx.store.delete(videoId);
          return null;
        }
        const stored: Draft = { ...draft, videoId, updatedAt: clock.now() };
        await tx.store.put(stored);
        return stored;
      }),
  };
}
