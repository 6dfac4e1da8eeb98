/**
 * Keeps this browser and storage.sync in step. A pass reads storage.sync, merges it into the database (one
 * transaction), tells the open views what changed, then writes back only the items whose content changed, at
 * most two calls, and no sooner than the rate limits allow. Passes run one at a time; changes here are
 * gathered for LOCAL_DELAY_MS so that typing and playback make few writes.
 */
import type { Settings } from '@/utils/settings';
import { settingsWithDefaults } from '@/utils/settings';
import { PROGRESS_KEY, SETTINGS_KEY, packProgress, readStampedSettings, unpackProgress } from '@/utils/sync-extras';
import { compressText, decompressText } from '@/utils/sync-compress';
import { NOTE_KEY_PREFIX, itemBytes, noteBudget, packNotes, type CompressionMemo } from '@/utils/sync-pack';
import { samePackedContent, unpackNotes } from '@/utils/sync-unpack';
import { nextWriteAt, recentWrites } from '@/utils/sync-rate';
import { INITIAL_SYNC_STATUS, type SyncStatus } from '@/utils/sync-status';
import type { Clock } from '../clock';
import type { Connect } from '../db/connection';
import { read, write } from '../db/transact';
import type { LiveHub } from '../live-hub';
import { IMPORT_PUSH_LIMIT } from '../handlers';
import type { SyncArea } from './area';
import { mergeIntoDatabase, type RemoteState } from './local-merge';

/** After a change here: long enough to gather a burst of edits into one pass. */
export const LOCAL_DELAY_MS = 2_000;
/** After storage.sync changed: soon, so that another browser's note shows while the learner looks. */
export const REMOTE_DELAY_MS = 200;
/**
 * After the worker starts: the browser starts it for a request (a notebook opening, a panel loading), which is
 * answered first. A pass at once, reading and packing every note, held the notebook's first notes back: with
 * 10,000 notes and the worker stopped (as it is after 30 s idle) the notebook opened in 375-650 ms instead of ~200.
 */
export const STARTUP_DELAY_MS = 3_000;
/** After a failed pass. */
export const RETRY_DELAY_MS = 60_000;

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SyncEngineDeps {
  connect: Connect;
  area: SyncArea;
  hub: Pick<LiveHub, 'publish' | 'resync'>;
  clock?: Pick<Clock, 'now'>;
  timers?: Timers;
}

export interface SyncEngine {
  /** Runs a pass after `delayMs`, unless one is already due sooner. */
  schedule(delayMs?: number): void;
  /**
   * storage.sync changed (`changes` as storage.onChanged gives them): a pass soon, unless every change is one this
   * engine wrote itself (the browser tells an extension of its own writes too).
   */
  changed(changes: Readonly<Record<string, { newValue?: unknown }>>): void;
  /** Runs a pass now (after the one running, if any) and answers with the status it left. */
  runPass(): Promise<SyncStatus>;
  status(): Promise<SyncStatus>;
}

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function readRemote(items: Record<string, unknown>, compressed: CompressionMemo) {
  // Items this browser wrote last are read back from what it compressed, not decompressed again.
  const known = new Map([...compressed].map(([text, value]) => [value, text]));
  const { versions, raw } = await unpackNotes(items, known);
  let progressText: string | undefined;
  const packedProgress = items[PROGRESS_KEY];
  if (typeof packedProgress === 'string') progressText = await decompressText(packedProgress).catch(() => undefined);
  const state: RemoteState = {
    notes: versions,
    progress: progressText ? unpackProgress(progressText) : [],
    settings: readStampedSettings(items[SETTINGS_KEY]),
  };
  return { state, raw, progressText };
}

export function createSyncEngine({ connect, area, hub, clock = { now: Date.now }, timers = defaultTimers }: SyncEngineDeps): SyncEngine {
  let timer: unknown;
  let dueAt = Infinity;
  let running: Promise<SyncStatus> | undefined;
  let queued: Promise<SyncStatus> | undefined;
  /** The last pass's compressed items, for as long as the worker lives: the next pass compresses only what changed. */
  const compressed: CompressionMemo = new Map();
  /** What this engine last wrote under each key, as JSON ('' once removed): its own writes coming back start no pass. */
  const written = new Map<string, string>();

  const loadStatus = () =>
    read(connect, async (db) => {
      const record = await db.get('meta', 'sync-status');
      return record?.key === 'sync-status' ? record : { key: 'sync-status' as const, status: INITIAL_SYNC_STATUS, writes: [] };
    });
  const saveStatus = async (status: SyncStatus, writes: number[]) => {
    await write(connect, 'meta', (tx) => tx.store.put({ key: 'sync-status', status, writes }));
    hub.publish({ type: 'sync/changed', status });
    return status;
  };
  const loadSettings = (): Promise<Settings> =>
    read(connect, async (db) => {
      const record = await db.get('meta', 'settings');
      return settingsWithDefaults(record?.key === 'settings' ? record.settings : {});
    });

  const schedule = (delayMs = LOCAL_DELAY_MS) => {
    const at = clock.now() + delayMs;
    if (at >= dueAt) return;
    if (timer !== undefined) timers.clearTimeout(timer);
    dueAt = at;
    timer = timers.setTimeout(() => {
      timer = undefined;
      dueAt = Infinity;
      void runPass().catch(() => undefined);
    }, delayMs);
  };

  async function pass(): Promise<SyncStatus> {
    const now = clock.now();
    const { status: previous, writes: pastWrites } = await loadStatus();
    const writes = recentWrites(pastWrites, now);
    if (!(await loadSettings()).syncEnabled) return saveStatus({ ...previous, state: 'off', problem: '' }, writes);
    try {
      const items = await area.getAll();
      const remote = await readRemote(items, compressed);
      const merged = await mergeIntoDatabase(connect, remote.state, now);

      if (merged.changedNotes.length > IMPORT_PUSH_LIMIT) hub.resync();
      else for (const note of merged.changedNotes) hub.publish({ type: 'notes/changed', videoId: note.videoId, note });
      if (merged.changedSettings) hub.publish({ type: 'settings/changed', settings: merged.changedSettings });

      const progressText = packProgress(merged.progress);
      const progressValue = await compressText(progressText);
      const otherBytes = itemBytes(PROGRESS_KEY, progressValue) + itemBytes(SETTINGS_KEY, merged.settings);
      const packing = await packNotes(merged.versions, noteBudget(otherBytes, 2), compressed);

      const toSet: Record<string, unknown> = {};
      const noteKeys = Object.keys(items).filter((key) => key.startsWith(NOTE_KEY_PREFIX));
      // Written only when storage.sync holds other notes than these, however they are split into items.
      const sameNotes = noteKeys.every((key) => remote.raw.has(key)) && samePackedContent(remote.raw, packing.raw);
      if (!sameNotes) {
        for (const [key, value] of Object.entries(packing.items)) {
          if (remote.raw.get(key) !== packing.raw.get(key)) toSet[key] = value;
        }
      }
      if (remote.progressText !== progressText && merged.progress.length > 0) toSet[PROGRESS_KEY] = progressValue;
      if (merged.pushSettings) toSet[SETTINGS_KEY] = merged.settings;
      const toRemove = sameNotes ? [] : noteKeys.filter((key) => !(key in packing.items));
      const calls = (Object.keys(toSet).length > 0 ? 1 : 0) + (toRemove.length > 0 ? 1 : 0);

      const figures = { synced: packing.synced, total: packing.total, bytes: packing.bytes + otherBytes };
      if (calls > 0) {
        const allowedAt = nextWriteAt(writes, now, calls);
        if (allowedAt > now) {
          schedule(allowedAt - now);
          return await saveStatus({ ...previous, ...figures, state: 'pending', problem: '' }, writes);
        }
        // Set before remove: a browser reading in between sees notes twice (harmless), never too few.
        if (Object.keys(toSet).length > 0) {
          writes.push(now);
          for (const [key, value] of Object.entries(toSet)) written.set(key, JSON.stringify(value));
          await area.set(toSet);
        }
        if (toRemove.length > 0) {
          writes.push(now);
          for (const key of toRemove) written.set(key, '');
          await area.remove(toRemove);
        }
      }
      return await saveStatus({ ...figures, state: 'synced', lastSyncAt: clock.now(), problem: '' }, writes);
    } catch (error) {
      schedule(RETRY_DELAY_MS);
      return saveStatus({ ...previous, state: 'error', problem: describeError(error) }, writes);
    }
  }

  /** At most one pass runs, and at most one more waits: every caller is answered by a pass that began after it asked. */
  function runPass(): Promise<SyncStatus> {
    if (!running) {
      running = pass().finally(() => {
        running = undefined;
      });
      return running;
    }
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return runPass();
      });
    return queued;
  }

  const changed = (changes: Readonly<Record<string, { newValue?: unknown }>>) => {
    const own = Object.entries(changes).every(
      ([key, { newValue }]) => written.get(key) === (newValue === undefined ? '' : JSON.stringify(newValue)),
    );
    if (!own) schedule(REMOTE_DELAY_MS);
  };

  return {
    schedule,
    changed,
    runPass,
    status: async () => (await loadStatus()).status,
  };
}
