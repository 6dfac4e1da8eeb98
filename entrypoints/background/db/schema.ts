/**
 * Margin's IndexedDB database: its shape now, and one upgrade step per version so that a browser holding any
 * older version reaches the current one with nothing lost.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Draft, Note } from '@/utils/notes';
import type { Progress } from '@/utils/progress';
import type { Settings } from '@/utils/settings';
import type { StampedSettings } from '@/utils/sync-extras';
import type { VersionVector } from '@/utils/sync-merge';
import type { SyncStatus } from '@/utils/sync-status';

export const DB_NAME = 'margin';
export const DB_VERSION = 2;

export type MetaRecord =
  | { key: 'schema'; version: number }
  | { key: 'settings'; settings: Partial<Settings> }
  /** The backup taken just before an import replaced everything, for the learner to download (one, the latest). */
  | { key: 'auto-backup'; takenAt: number; text: string }
  | SyncStateRecord
  | SyncStatusRecord;

/** What this browser remembers between sync passes (background/sync/): its id, each note's history. */
export interface SyncStateRecord {
  key: 'sync';
  deviceId: string;
  /** Note id → [version vector, the note's updatedAt when the last pass saw it]. */
  history: Record<string, [VersionVector, number]>;
  /** The settings the last pass agreed on with storage.sync. */
  settingsBase?: StampedSettings;
}

export interface SyncStatusRecord {
  key: 'sync-status';
  status: SyncStatus;
  /** When this browser last wrote to storage.sync (set and remove calls), newest last: the rate limits' memory. */
  writes: number[];
}

export interface MarginDB extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: { 'by-video-time': [string, number]; 'by-updated': number };
  };
  /** Schema version (for support and export), settings and sync's memory; keyed by `key`. */
  meta: { key: MetaRecord['key']; value: MetaRecord };
  /** Since version 2. */
  progress: { key: string; value: Progress };
  /** Since version 2: one draft per video. */
  drafts: { key: string; value: Draft };
}

export type MarginDatabase = IDBPDatabase<MarginDB>;
type UpgradeTransaction = IDBPTransaction<MarginDB, StoreNames<MarginDB>[], 'versionchange'>;

/**
 * Runs inside the version-change transaction: only requests on that transaction, nothing else awaited, or it
 * would commit half way. A failing request aborts the whole upgrade and the old version stays as it was.
 */
function upgrade(db: MarginDatabase, oldVersion: number, tx: UpgradeTransaction): void {
  if (oldVersion < 1) {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('by-video-time', ['videoId', 't']);
    notes.createIndex('by-updated', 'updatedAt');
    db.createObjectStore('meta', { keyPath: 'key' });
  }
  if (oldVersion < 2) {
    db.createObjectStore('progress', { keyPath: 'videoId' });
    db.createObjectStore('drafts', { keyPath: 'videoId' });
    ignoreFailure(backfillTags(tx)); // version 1 notes had no tags
  }
  ignoreFailure(tx.objectStore('meta').put({ key: 'schema', version: DB_VERSION }));
}

// A failed request aborts the upgrade transaction and openDB rejects with it; the request's own promise
// needs no second report.
const ignoreFailure = (request: Promise<unknown>): void => {
  request.catch(() => undefined);
};

async function backfillTags(tx: UpgradeTransaction): Promise<void> {
  let cursor = await tx.objectStore('notes').openCursor();
  while (cursor) {
    const note = cursor.value as Omit<Note, 'tags'> & { tags?: string[] };
    if (!Array.isArray(note.tags)) await cursor.update({ ...note, tags: [] });
    cursor = await cursor.continue();
  }
}

export interface OpenHooks {
  /** The connection is gone (closed by the browser, or for a newer version): open a fresh one next time. */
  onGone?: () => void;
}

export function openMarginDb(name = DB_NAME, { onGone }: OpenHooks = {}): Promise<MarginDatabase> {
  let opened: MarginDatabase | undefined;
  const connection = openDB<MarginDB>(name, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx),
    blocking: () => {
      opened?.close(); // let another context (a newer Margin) upgrade; this one reopens on its next request
      onGone?.();
    },
    terminated: () => onGone?.(),
  });
  return connection.then((db) => (opened = db));
}
