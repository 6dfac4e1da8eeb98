/**
 * Margin's IndexedDB database: its shape now, and one upgrade step per version so that a browser holding any
 * older version reaches the current one with nothing lost.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Draft, Note } from '@/utils/notes';
import { writeNotes } from './note-packs';
import type { Progress } from '@/utils/progress';
import type { Settings } from '@/utils/settings';
import type { StampedSettings } from '@/utils/sync-extras';
import type { VersionVector } from '@/utils/sync-merge';
import type { SyncStatus } from '@/utils/sync-status';

export const DB_NAME = 'margin';
export const DB_VERSION = 3;

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

/** Up to `PACKS_PER_LESSON` records per lesson, a note's chosen by its id (note-packs.ts says why). */
export interface NotePack {
  videoId: string;
  bucket: number;
  /** The ids of `notes`, for the `by-note` index. */
  ids: string[];
  notes: Note[];
}

/** The notes store of versions 1 and 2, a record per note: read once by the upgrade to version 3, then deleted. */
interface LegacyNotes {
  key: string;
  value: Note;
}

export interface MarginDB extends DBSchema {
  /** Since version 3 (before: `notes`, a record per note). */
  'note-packs': {
    key: [string, number];
    value: NotePack;
    indexes: { 'by-note': string };
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
/** The database as versions 1 and 2 had it, for the step that moves what they stored. */
type LegacyDB = Omit<MarginDB, 'note-packs'> & { notes: LegacyNotes };
type LegacyDatabase = IDBPDatabase<LegacyDB>;
type LegacyTransaction = IDBPTransaction<LegacyDB, StoreNames<LegacyDB>[], 'versionchange'>;

/**
 * Runs inside the version-change transaction: only requests on that transaction, nothing else awaited, or it
 * would commit half way. A failing request aborts the whole upgrade and the old version stays as it was.
 */
function upgrade(db: MarginDatabase, oldVersion: number, tx: UpgradeTransaction): void {
  tx.done.catch(() => undefined); // a failed upgrade is reported once, by openDB's rejection
  if (oldVersion < 1) db.createObjectStore('meta', { keyPath: 'key' });
  if (oldVersion < 2) {
    db.createObjectStore('progress', { keyPath: 'videoId' });
    db.createObjectStore('drafts', { keyPath: 'videoId' });
  }
  if (oldVersion < 3) {
    const packs = db.createObjectStore('note-packs', { keyPath: ['videoId', 'bucket'] });
    packs.createIndex('by-note', 'ids', { multiEntry: true });
    // Anything failing here, a request or not, ends the upgrade: the notes stay where version 2 kept them.
    if (oldVersion >= 1) {
      moveNotesIntoPacks(db as unknown as LegacyDatabase, tx as unknown as LegacyTransaction).catch(() => abortQuietly(tx));
    }
  }
  ignoreFailure(tx.objectStore('meta').put({ key: 'schema', version: DB_VERSION }));
}

// A failed request aborts the upgrade transaction and openDB rejects with it; the request's own promise
// needs no second report.
const ignoreFailure = (request: Promise<unknown>): void => {
  request.catch(() => undefined);
};

function abortQuietly(tx: UpgradeTransaction): void {
  try {
    tx.abort();
  } catch {
    // A failed request has aborted it already.
  }
}

/** Version 3: every note of the record-per-note store into packs (version 1 notes had no tags: they get none). */
async function moveNotesIntoPacks(db: LegacyDatabase, tx: LegacyTransaction): Promise<void> {
  const stored = await tx.objectStore('notes').getAll();
  const notes = stored.map((note) => (Array.isArray(note.tags) ? note : { ...note, tags: [] }));
  db.deleteObjectStore('notes');
  await writeNotes((tx as unknown as UpgradeTransaction).objectStore('note-packs'), notes, []);
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
