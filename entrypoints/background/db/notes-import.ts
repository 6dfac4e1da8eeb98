/**
 * Applies an import (or only plans it, for the preview) in one readwrite transaction over notes, progress and
 * settings, so that a failure half way (a full disk) leaves everything as it was. The notes follow the plan of
 * utils/import-plan.ts, made here from what is stored at that moment. Before replacing everything, the whole
 * of what is stored is kept as a backup file in the meta store, in the same transaction.
 */
import { backupSettings, exportBackup } from '@/utils/backup';
import { planImport, type ImportMode } from '@/utils/import-plan';
import type { ImportSummary } from '@/utils/protocol';
import type { Note } from '@/utils/notes';
import type { Progress } from '@/utils/progress';
import { settingsWithDefaults, type Settings } from '@/utils/settings';
import { LOCAL_ONLY_SETTINGS, mergeProgress, sameProgress } from '@/utils/sync-extras';
import type { Connect } from './connection';
import { notesOfPacks, writeNotes } from './note-packs';
import { writeAcross } from './transact';

export interface ImportInput {
  notes: readonly Note[];
  progress?: readonly Progress[];
  settings?: Partial<Settings>;
  /** `merge` unless said. */
  mode?: ImportMode;
  /** Plans only: nothing is written. */
  preview?: boolean;
}

export interface ImportOutcome {
  summary: ImportSummary;
  /** Every note written, as stored now: what the open views must be told. */
  written: Note[];
  /** The settings as they are now, when the import changed them. */
  settings?: Settings;
}

export function importNotes(connect: Connect, request: ImportInput, now: number): Promise<ImportOutcome> {
  const input = { progress: [], settings: {}, mode: 'merge' as const, preview: false, ...request };
  return writeAcross(connect, ['note-packs', 'progress', 'meta'], async (tx) => {
    // All requests at once, on this transaction only: nothing else may be awaited inside it.
    const [storedPacks, storedProgress, settingsRecord] = await Promise.all([
      tx.objectStore('note-packs').getAll(),
      tx.objectStore('progress').getAll(),
      tx.objectStore('meta').get('settings'),
    ]);
    const storedNotes = notesOfPacks(storedPacks);
    const storedSettings = settingsRecord?.key === 'settings' ? settingsRecord.settings : {};
    const { counts, writes } = planImport(storedNotes, input.notes, input.mode, now);

    const progressWrites = planProgress(storedProgress, input.progress, input.mode);
    const settingChanges = Object.fromEntries(
      Object.entries(input.settings).filter(
        ([key, value]) => !LOCAL_ONLY_SETTINGS.includes(key as keyof Settings) && settingsWithDefaults(storedSettings)[key as keyof Settings] !== value,
      ),
    ) as Partial<Settings>;
    const summary: ImportSummary = { ...counts, progress: progressWrites.put.length + progressWrites.remove.length, settings: Object.keys(settingChanges).length };
    if (input.preview) return { summary, written: [] };

    const requests: (() => Promise<unknown>)[] = [];
    if (input.mode === 'replace') {
      const text = exportBackup({
        notes: storedNotes,
        progress: storedProgress,
        settings: backupSettings(settingsWithDefaults(storedSettings)),
        exportedAt: now,
      });
      requests.push(() => tx.objectStore('meta').put({ key: 'auto-backup', takenAt: now, text }));
      summary.autoBackupAt = now;
    }
    // One put per pack touched (10,000 notes: at most 144), from the packs read above.
    requests.push(() => writeNotes(tx.objectStore('note-packs'), writes, storedPacks));
    for (const record of progressWrites.put) requests.push(() => tx.objectStore('progress').put(record));
    for (const videoId of progressWrites.remove) requests.push(() => tx.objectStore('progress').delete(videoId));
    let settings: Settings | undefined;
    if (summary.settings > 0) {
      const merged = { ...storedSettings, ...settingChanges };
      requests.push(() => tx.objectStore('meta').put({ key: 'settings', settings: merged }));
      settings = settingsWithDefaults(merged);
    }
    // The other requests then reject with AbortError: the transaction's error says what went wrong.
    await allRequests(requests).catch((error: unknown) => {
      throw tx.error ?? error;
    });
    return { summary, written: writes, ...(settings && { settings }) };
  });
}

/** Progress: merged (watched time added up, the later position) or, replacing, the file's exactly. */
function planProgress(stored: readonly Progress[], incoming: readonly Progress[], mode: ImportMode) {
  const here = new Map(stored.map((record) => [record.videoId as string, record]));
  const put: Progress[] = [];
  for (const record of incoming) {
    const known = here.get(record.videoId);
    const next = mode === 'replace' ? record : mergeProgress(known, record)!;
    if (!sameProgress(known, next)) put.push(next);
  }
  const inFile = new Set(incoming.map((record) => record.videoId as string));
  const remove = mode === 'replace' ? stored.filter((record) => !inFile.has(record.videoId)).map((record) => record.videoId) : [];
  return { put, remove };
}

/**
 * Starts every request, then waits for all. A request may also throw before it starts (a full disk can fail a
 * put at once): the transaction is then aborted, and the requests already started reject with AbortError,
 * which is caught here so that the one real error is all that is reported.
 */
async function allRequests(requests: (() => Promise<unknown>)[]): Promise<void> {
  const started: Promise<unknown>[] = [];
  try {
    for (const start of requests) started.push(start());
  } catch (error) {
    for (const request of started) request.catch(() => undefined);
    throw error;
  }
  await Promise.all(started);
}
