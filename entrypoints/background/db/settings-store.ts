/** Settings live in the meta store as the fields the learner changed; defaults are filled in on every read. */
import { settingsWithDefaults, type Settings } from '@/utils/settings';
import type { Connect } from './connection';
import type { MetaRecord } from './schema';
import { read, write } from './transact';

const storedSettings = (record: MetaRecord | undefined): Partial<Settings> =>
  record?.key === 'settings' ? record.settings : {};

export function createSettingsStore(connect: Connect) {
  return {
    get: (): Promise<Settings> =>
      read(connect, async (db) => settingsWithDefaults(storedSettings(await db.get('meta', 'settings')))),

    set: (changes: Partial<Settings>): Promise<Settings> =>
      write(connect, 'meta', async (tx) => {
        const settings = { ...storedSettings(await tx.store.get('settings')), ...changes };
        await tx.store.put({ key: 'settings', settings });
        return settingsWithDefaults(settings);
      }),
  };
}
