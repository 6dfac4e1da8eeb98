/**
 * A fake of Chrome's `storage.sync` for tests: each browser has its own copy of the area, which enforces
 * Chrome's quotas and rate limits and fails with Chrome's messages; a fake sync server carries writes between
 * the copies when the test says so (the network), the last write to reach it winning item by item, as Chrome
 * Sync does.
 */
import type { SyncArea } from '@/entrypoints/background/sync/area';
import { SYNC_QUOTA, itemBytes } from '@/utils/sync-pack';

export class FakeSyncServer {
  items = new Map<string, unknown>();
}

export class FakeSyncArea implements SyncArea {
  items = new Map<string, unknown>();
  /** Writes not yet uploaded, in order: a key with `undefined` is a removal. */
  private outbox: [string, unknown][] = [];
  private writeTimes: number[] = [];
  /** Every call that wrote (set or remove), for the test to inspect. */
  writeCalls = 0;
  failures: string[] = [];
  onChanged: (() => void) | undefined;

  constructor(
    private readonly now: () => number,
    private readonly server = new FakeSyncServer(),
  ) {}

  getAll(): Promise<Record<string, unknown>> {
    return Promise.resolve(structuredClone(Object.fromEntries(this.items)));
  }

  set(items: Record<string, unknown>): Promise<void> {
    return this.write(() => {
      const next = new Map(this.items);
      for (const [key, value] of Object.entries(items)) {
        if (itemBytes(key, value) > SYNC_QUOTA.bytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        next.set(key, structuredClone(value));
      }
      if (next.size > SYNC_QUOTA.items) throw new Error('MAX_ITEMS quota exceeded');
      if (this.bytesOf(next) > SYNC_QUOTA.bytes) throw new Error('QUOTA_BYTES quota exceeded');
      this.items = next;
      for (const [key, value] of Object.entries(items)) this.outbox.push([key, structuredClone(value)]);
    });
  }

  remove(keys: string[]): Promise<void> {
    return this.write(() => {
      for (const key of keys) {
        this.items.delete(key);
        this.outbox.push([key, undefined]);
      }
    });
  }

  /** Bytes in use, as Chrome counts them. */
  bytesInUse(): number {
    return this.bytesOf(this.items);
  }

  /** This browser goes online for a moment: its writes reach the server, and the server's items come back. */
  exchange(): void {
    for (const [key, value] of this.outbox) {
      if (value === undefined) this.server.items.delete(key);
      else this.server.items.set(key, value);
    }
    this.outbox = [];
    const before = JSON.stringify([...this.items].sort());
    this.items = new Map(structuredClone([...this.server.items]));
    if (JSON.stringify([...this.items].sort()) !== before) this.onChanged?.();
  }

  private bytesOf(items: Map<string, unknown>): number {
    let total = 0;
    for (const [key, value] of items) total += itemBytes(key, value);
    return total;
  }

  private async write(change: () => void): Promise<void> {
    await Promise.resolve();
    const now = this.now();
    this.writeTimes = this.writeTimes.filter((time) => time > now - 3_600_000);
    const failure =
      this.writeTimes.filter((time) => time > now - 60_000).length >= SYNC_QUOTA.writesPerMinute
        ? 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'
        : this.writeTimes.length >= SYNC_QUOTA.writesPerHour
          ? 'MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded'
          : undefined;
    try {
      if (failure) throw new Error(failure);
      change();
      this.writeTimes.push(now);
      this.writeCalls += 1;
    } catch (error) {
      this.failures.push((error as Error).message);
      throw error;
    }
  }
}
