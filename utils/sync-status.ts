/** Where sync stands, as the background records it and the popup and options page tell the learner. */
import { formatTimeAgo } from './sync-time';

export type SyncState = 'off' | 'pending' | 'synced' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** When this browser last finished a pass with storage.sync, or null if it never did. */
  lastSyncAt: number | null;
  /** Live notes in storage.sync, of the live notes here. */
  synced: number;
  total: number;
  /** Bytes of storage.sync in use after the last pass. */
  bytes: number;
  /** What went wrong on the last attempt, in words; '' when nothing did. */
  problem: string;
}

export const INITIAL_SYNC_STATUS: SyncStatus = { state: 'pending', lastSyncAt: null, synced: 0, total: 0, bytes: 0, problem: '' };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The figures of a pass: "All 12 notes synced", or which notes stay in this browser only. */
export function describeCoverage({ synced, total }: Pick<SyncStatus, 'synced' | 'total'>): string {
  if (total === 0) return 'No notes to sync yet.';
  if (synced >= total) return total === 1 ? 'Your note is synced.' : `All ${total} notes synced.`;
  const left = total - synced;
  return (
    `${synced} of ${plural(total, 'note', 'notes')} synced; the oldest ${left} ${left === 1 ? 'stays' : 'stay'} in this ` +
    "browser only (the browser's sync storage is full)."
  );
}

/** One line for the popup and the options page. */
export function describeSync(status: SyncStatus, now: number): string {
  switch (status.state) {
    case 'off':
      return 'Sync is off: your notes stay in this browser only.';
    case 'error':
      return `Sync failed: ${status.problem}`;
    case 'pending':
      return status.lastSyncAt === null ? 'Syncing…' : `Syncing… (last synced ${formatTimeAgo(status.lastSyncAt, now)})`;
    case 'synced':
      return `Synced ${formatTimeAgo(status.lastSyncAt ?? now, now)}. ${describeCoverage(status)}`;
  }
}
