/** Watched ranges and last position per video. */
import { recordVisit, type Progress, type WatchVisit } from '@/utils/progress';
import type { SeriesVideoId } from '@/utils/series-ids';
import type { Clock } from '../clock';
import type { Connect } from './connection';
import { read, write } from './transact';

export function createProgressStore(connect: Connect, clock: Clock) {
  return {
    get: (videoId: SeriesVideoId): Promise<Progress | null> =>
      read(connect, async (db) => (await db.get('progress', videoId)) ?? null),

    listAll: (): Promise<Progress[]> => read(connect, (db) => db.getAll('progress')),

    /** Read and write in one transaction: two tabs playing the same video both get their ranges counted. */
    record: (visit: WatchVisit): Promise<Progress> =>
      write(connect, 'progress', async (tx) => {
        const progress = recordVisit(await tx.store.get(visit.videoId), visit, clock.now());
        await tx.store.put(progress);
        return progress;
      }),
  };
}
