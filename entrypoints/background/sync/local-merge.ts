/**
 * The half of a sync pass that touches this browser's database: what storage.sync holds (already read and
 * unpacked) is merged with the notes, progress and settings here in ONE transaction, so that an edit made
 * meanwhile in a tab is never overwritten: it waits for the transaction, or the transaction saw it.
 */
import { sameNote, type Note } from '@/utils/notes';
import type { Progress } from '@/utils/progress';
import { settingsWithDefaults, type Settings } from '@/utils/settings';
import { mergeProgress, mergeSettings, sameProgress, type StampedSettings } from '@/utils/sync-extras';
import { localVersions, mergeReplicas, sameVersions, type Versioned } from '@/utils/sync-merge';
import type { Connect } from '../db/connection';
import type { MetaRecord, SyncStateRecord } from '../db/schema';
import { notesOfPacks, writeNotes } from '../db/note-packs';
import { storageError } from '../db/storage-errors';

export interface RemoteState {
  notes: Versioned[];
  progress: Progress[];
  settings: StampedSettings | undefined;
}

export interface LocalMerge {
  /** Every note after the merge, with its history: what storage.sync should hold. */
  versions: Versioned[];
  progress: Progress[];
  settings: StampedSettings;
  /** What changed here, for the open views. */
  changedNotes: Note[];
  changedSettings: Settings | undefined;
  pushSettings: boolean;
}

const newDeviceId = () => crypto.randomUUID().slice(0, 8);

const settingsOf = (record: MetaRecord | undefined) => (record?.key === 'settings' ? record.settings : {});

export async function mergeIntoDatabase(connect: Connect, remote: RemoteState, now: number): Promise<LocalMerge> {
  const db = await connect();
  try {
    const tx = db.transaction(['note-packs', 'meta', 'progress'], 'readwrite');
    const done = tx.done;
    done.catch(() => undefined);
    const packs = tx.objectStore('note-packs');
    const meta = tx.objectStore('meta');
    const progressStore = tx.objectStore('progress');
    const [localPacks, stateRecord, settingsRecord, localProgress] = await Promise.all([
      packs.getAll(),
      meta.get('sync'),
      meta.get('settings'),
      progressStore.getAll(),
    ]);

    const localNotes = notesOfPacks(localPacks);
    const state: SyncStateRecord =
      stateRecord?.key === 'sync' ? stateRecord : { key: 'sync', deviceId: newDeviceId(), history: {} };
    const history = new Map(Object.entries(state.history).map(([id, [vv, seen]]) => [id, { vv, seen }]));
    const versions = mergeReplicas([localVersions(localNotes, history, state.deviceId), remote.notes]);

    const byId = new Map(localNotes.map((note) => [note.id, note]));
    const changedNotes = versions.map(({ note }) => note).filter((note) => {
      const local = byId.get(note.id);
      return local === undefined || !sameNote(local, note);
    });
    const writes: Promise<unknown>[] = [writeNotes(packs, changedNotes, localPacks)];

    const progress: Progress[] = [];
    const localByVideo = new Map(localProgress.map((p) => [p.videoId, p]));
    const remoteByVideo = new Map(remote.progress.map((p) => [p.videoId, p]));
    for (const videoId of new Set([...localByVideo.keys(), ...remoteByVideo.keys()])) {
      const merged = mergeProgress(localByVideo.get(videoId), remoteByVideo.get(videoId))!;
      progress.push(merged);
      if (!sameProgress(merged, localByVideo.get(videoId))) writes.push(progressStore.put(merged));
    }

    const stored = settingsOf(settingsRecord);
    const settingsMerge = mergeSettings(settingsWithDefaults(stored), state.settingsBase, remote.settings, now);
    let changedSettings: Settings | undefined;
    if (settingsMerge.local) {
      const next = { ...stored, ...settingsMerge.local };
      writes.push(meta.put({ key: 'settings', settings: next }));
      changedSettings = settingsWithDefaults(next);
    }

    // The history (a vector per note: 10,000 entries for 10,000 notes) is written only when the pass changed it.
    const historyKept =
      stateRecord?.key === 'sync' &&
      history.size === versions.length &&
      versions.every(({ note, vv }) => {
        const known = history.get(note.id);
        return known !== undefined && known.seen === note.updatedAt && sameVersions(known.vv, vv);
      }) &&
      JSON.stringify(state.settingsBase ?? null) === JSON.stringify(settingsMerge.merged);
    if (!historyKept) {
      const nextHistory: SyncStateRecord['history'] = {};
      for (const { note, vv } of versions) nextHistory[note.id] = [vv, note.updatedAt];
      writes.push(meta.put({ ...state, history: nextHistory, settingsBase: settingsMerge.merged }));
    }
    await Promise.all(writes);
    await done;
    return {
      versions,
      progress,
      settings: settingsMerge.merged,
      changedNotes,
      changedSettings,
      pushSettings: settingsMerge.push,
    };
  } catch (error) {
    throw storageError(error, 'save');
  }
}
