/**
 * Reads for the backup: what a view lacks for one (it holds the live notes already: the tombstones, progress and
 * settings, read in one transaction), and the automatic backup last taken.
 */
import { isDeleted, type Note } from '@/utils/notes';
import type { Progress } from '@/utils/progress';
import { settingsWithDefaults, type Settings } from '@/utils/settings';
import type { Connect } from './connection';
import { readAllNotes } from './note-packs';
import { read } from './transact';

export function createBackupStore(connect: Connect) {
  return {
    get: (): Promise<{ tombstones: Note[]; progress: Progress[]; settings: Settings }> =>
      read(connect, async (db) => {
        const tx = db.transaction(['note-packs', 'progress', 'meta'], 'readonly');
        const [notes, progress, record] = await Promise.all([
          readAllNotes(tx.objectStore('note-packs')),
          tx.objectStore('progress').getAll(),
          tx.objectStore('meta').get('settings'),
        ]);
        return { tombstones: notes.filter(isDeleted), progress, settings: settingsWithDefaults(record?.key === 'settings' ? record.settings : {}) };
      }),

    auto: (): Promise<{ takenAt: number; text: string } | null> =>
      read(connect, async (db) => {
        const record = await db.get('meta', 'auto-backup');
        return record?.key === 'auto-backup' ? { takenAt: record.takenAt, text: record.text } : null;
      }),
  };
}
