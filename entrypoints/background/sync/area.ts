/** The part of `storage.sync` the engine uses, so that tests can hand it a fake that enforces the quotas. */
import { browser } from 'wxt/browser';

export interface SyncArea {
  getAll(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export const browserSyncArea: SyncArea = {
  getAll: () => browser.storage.sync.get(null),
  set: (items) => browser.storage.sync.set(items),
  remove: (keys) => browser.storage.sync.remove(keys),
};

/** Calls `onChange` with the changes whenever another browser's writes (or this one's) land in storage.sync. */
export function listenForSyncChanges(onChange: (changes: Record<string, { newValue?: unknown }>) => void): void {
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'sync') onChange(changes);
  });
}
