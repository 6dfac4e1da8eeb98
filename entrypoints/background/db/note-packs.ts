/**
 * How notes are kept: in packs, a lesson's notes spread over 16 records by their ids, not one record per note.
 * The database charges by the record, not by the byte. Measured with raw IndexedDB in Debian's Chromium (an extension
 * page, 2 cores), 10,000 notes took 1.2–1.9 s to write as records of their own and about 0.15 s as 144 packs; reading them all took 280 ms
 * against about 150 ms, one lesson's 42 ms against about 20. An edit rewrites its note's pack (about 70 notes when
 * a lesson holds 1,100), which costs 2–3 ms more than rewriting the note alone.
 *
 * A pack is found by its lesson and bucket, or, from a note id alone, through the `by-note` index of its ids.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Note } from '@/utils/notes';
import type { MarginDB, NotePack } from './schema';
import { fnv1a } from '@/utils/fnv';

export const PACKS_PER_LESSON = 16;

type Stores = ArrayLike<StoreNames<MarginDB>>;
type PackReader = IDBPObjectStore<MarginDB, Stores, 'note-packs', IDBTransactionMode>;
type PackWriter = IDBPObjectStore<MarginDB, Stores, 'note-packs', 'readwrite' | 'versionchange'>;

/** The bucket of a note id: FNV-1a, so that any id (an imported one too) spreads evenly. */
export function bucketOf(id: string): number {
  return fnv1a(id) % PACKS_PER_LESSON;
}

const keyText = (videoId: string, bucket: number) => `${videoId}\n${bucket}`;

export async function readNote(store: PackReader, id: string): Promise<Note | undefined> {
  const pack = await store.index('by-note').get(id);
  return pack?.notes.find((note) => note.id === id);
}

export const notesOfPacks = (packs: readonly NotePack[]): Note[] => packs.flatMap((pack) => pack.notes);

export async function readAllNotes(store: PackReader): Promise<Note[]> {
  return notesOfPacks(await store.getAll());
}

/** Every note of one lesson, tombstones included, in no particular order. */
export async function readLessonNotes(store: PackReader, videoId: string): Promise<Note[]> {
  return notesOfPacks(await store.getAll(IDBKeyRange.bound([videoId, 0], [videoId, PACKS_PER_LESSON])));
}

/**
 * Writes `notes` (new ones, or new versions replacing the stored ones with the same id), one put per pack they
 * touch. A note stored in another lesson under the same id (only a hand-made file could say so) moves out of it.
 * `allPacks`, when given, is everything the store holds, read in this same transaction: nothing is read again.
 */
export async function writeNotes(store: PackWriter, notes: readonly Note[], allPacks?: readonly NotePack[]): Promise<void> {
  type Place = readonly [videoId: string, bucket: number];
  const touched = new Map<string, { videoId: string; bucket: number; byId: Map<string, Note> }>();
  const packAt = ([videoId, bucket]: Place, stored: NotePack | undefined) => {
    const key = keyText(videoId, bucket);
    let pack = touched.get(key);
    if (!pack) {
      pack = { videoId, bucket, byId: new Map((stored?.notes ?? []).map((note) => [note.id, note])) };
      touched.set(key, pack);
    }
    return pack.byId;
  };
  // Where each note goes, where it was (if in another lesson), and the packs concerned as stored.
  const places = notes.map((note): Place => [note.videoId, bucketOf(note.id)]);
  let was: (Place | undefined)[];
  let storedAt: (place: Place) => NotePack | undefined;
  if (allPacks) {
    // Everything known already: no request, and no await per note (10,000 of them cost more than the puts).
    const home = new Map(allPacks.flatMap((pack) => pack.ids.map((id) => [id, [pack.videoId, pack.bucket] as const])));
    const known = new Map(allPacks.map((pack) => [keyText(pack.videoId, pack.bucket), pack]));
    was = notes.map((note) => home.get(note.id));
    storedAt = ([videoId, bucket]) => known.get(keyText(videoId, bucket));
  } else {
    was = await Promise.all(notes.map((note) => store.index('by-note').getKey(note.id)));
    const wanted = new Map<string, Place>();
    for (const place of [...places, ...was]) if (place) wanted.set(keyText(place[0], place[1]), place);
    const fetched = new Map(await Promise.all([...wanted].map(async ([key, [videoId, bucket]]) => [key, await store.get([videoId, bucket])] as const)));
    storedAt = ([videoId, bucket]) => fetched.get(keyText(videoId, bucket));
  }
  notes.forEach((note, i) => {
    const from = was[i];
    if (from && from[0] !== note.videoId) packAt(from, storedAt(from)).delete(note.id);
    packAt(places[i]!, storedAt(places[i]!)).set(note.id, note);
  });
  // A put may throw at once (a full disk): the transaction is then aborted, and the puts already started reject
  // with AbortError, observed here so that the one real error is all that is reported.
  const started: Promise<unknown>[] = [];
  try {
    for (const { videoId, bucket, byId } of touched.values()) {
      started.push(byId.size > 0 ? store.put({ videoId, bucket, ids: [...byId.keys()], notes: [...byId.values()] }) : store.delete([videoId, bucket]));
    }
  } catch (error) {
    for (const request of started) request.catch(() => undefined);
    throw error;
  }
  await Promise.all(started);
}
