/**
 * What the background has stored, read straight from its IndexedDB in the service worker: the watch progress
 * of a lesson and its notes, as the learner's data will be kept (not as the panel shows it).
 */
import type { Worker } from 'playwright-core';

export interface StoredProgress {
  watched: [number, number][];
  lastPosition: number;
}

function readStore<T>(worker: Worker, store: 'progress' | 'note-packs', videoId: string): Promise<T[]> {
  return worker.evaluate(
    ([name, id]) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('margin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            // Notes are kept in packs of a lesson's notes (entrypoints/background/db/note-packs.ts).
            const records = name === 'note-packs' ? (all.result as { notes: unknown[] }[]).flatMap((pack) => pack.notes) : all.result;
            resolve((records as (T & { videoId: string })[]).filter((record) => record.videoId === id));
          };
        };
      }),
    [store, videoId] as const,
  );
}

export async function storedProgress(worker: Worker, videoId: string): Promise<StoredProgress | null> {
  return (await readStore<StoredProgress>(worker, 'progress', videoId))[0] ?? null;
}

export function storedNotes(worker: Worker, videoId: string): Promise<{ t: number; text: string }[]> {
  return readStore<{ t: number; text: string }>(worker, 'note-packs', videoId);
}
