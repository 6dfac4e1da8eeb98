/** Browsers for sync tests: each its own database, clock (perhaps skewed), fake storage.sync copy and engine. */
import { createRequestHandlers } from '@/entrypoints/background/handlers';
import type { RequestHandlers } from '@/entrypoints/background/router';
import { createSyncEngine, type SyncEngine, type Timers } from '@/entrypoints/background/sync/engine';
import type { LiveEvent } from '@/utils/live-protocol';
import type { Note } from '@/utils/notes';
import { derivedNoteId } from '@/utils/sync-merge';
import { FakeSyncArea, FakeSyncServer } from './fake-sync-area';
import { freshDatabase } from './background-fakes';
import { readAllNotes } from '@/entrypoints/background/db/note-packs';

/** Time for every browser in a test; each browser sees it through its own skew. */
export class World {
  now = 1_750_000_000_000;
  server = new FakeSyncServer();
  private ids = 0;
  /** Note ids that look random but follow from the seed, so a failing property's seed replays the same run. */
  constructor(private readonly seed = 0) {}
  newId() {
    return derivedNoteId(`${this.seed}|${++this.ids}`);
  }
  advance(ms: number) {
    this.now += ms;
  }
}

export interface Device {
  name: string;
  handlers: RequestHandlers;
  engine: SyncEngine;
  area: FakeSyncArea;
  pushed: LiveEvent[];
  resyncs: number;
  /** Every note here, tombstones included. */
  allNotes(): Promise<Note[]>;
}

export const sender = { id: 'margin' };

export function makeDevice(world: World, name: string, skewMs = 0, timers: Timers = { setTimeout: () => 0, clearTimeout: () => undefined }): Device {
  const database = freshDatabase();
  const now = () => world.now + skewMs;
  const clock = { now, newId: () => world.newId() };
  const pushed: LiveEvent[] = [];
  const hub = {
    publish: (event: LiveEvent) => void pushed.push(event),
    resync: () => {
      device.resyncs += 1;
    },
  };
  const area = new FakeSyncArea(now, world.server);
  const device: Device = {
    name,
    handlers: createRequestHandlers({ connect: database.connect, hub, clock }),
    engine: createSyncEngine({ connect: database.connect, area, hub, clock, timers }),
    area,
    pushed,
    resyncs: 0,
    allNotes: async () => {
      const db = await database.connect();
      return readAllNotes(db.transaction('note-packs').store);
    },
  };
  return device;
}

export const createNote = (device: Device, text: string, t = 10) =>
  device.handlers['notes/create']({ videoId: 'aircAruvnKk', t, text, tags: [] }, sender);
