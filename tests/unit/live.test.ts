import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connect } from '@/entrypoints/background/db/connection';
import { createRequestHandlers } from '@/entrypoints/background/handlers';
import { createLiveHub, type LiveHub } from '@/entrypoints/background/live-hub';
import { createLessonReader } from '@/entrypoints/background/lesson-snapshot';
import type { RequestHandlers } from '@/entrypoints/background/router';
import { subscribeLive, type LiveUpdate } from '@/utils/live';
import { LIVE_PORT_NAME } from '@/utils/live-protocol';
import { freshDatabase, portPair, settle, testClock, type FakePort } from './background-fakes';

const OWN_ID = 'margin-extension-id';
const sender = { id: OWN_ID };
const fast = { retryDelaysMs: [1, 5] };

/** The extension as views see it: a worker that can be stopped and started again, over one database. */
class Extension {
  hub!: LiveHub;
  handlers!: RequestHandlers;
  connections = 0;
  private ports: FakePort[] = [];
  constructor(private readonly connect: Connect) {
    this.start();
  }
  start() {
    this.hub = createLiveHub(OWN_ID, createLessonReader(this.connect));
    this.handlers = createRequestHandlers({ connect: this.connect, hub: this.hub, clock: testClock() });
  }
  /** MV3 stops the worker: every port it held is cut, and the next connection starts a new one. */
  stopWorker() {
    for (const port of this.ports) port.disconnect();
    this.ports = [];
    this.start();
  }
  viewConnect = () => {
    this.connections += 1;
    const { view, background } = portPair(LIVE_PORT_NAME, OWN_ID);
    this.ports.push(background);
    this.hub.accept(background);
    return view;
  };
  createNote(text: string, videoId: 'aircAruvnKk' | 'IHZwWFHWa-w' = 'aircAruvnKk') {
    return this.handlers['notes/create']({ videoId, t: 1, text, tags: [] }, sender);
  }
}

let extension: Extension;
let updates: LiveUpdate[];
let controller: AbortController;
const describeUpdates = () =>
  updates.map((update) => (update.type === 'notes/changed' ? `note: ${update.note.text}` : update.type));

beforeEach(() => {
  extension = new Extension(freshDatabase().connect);
  updates = [];
  controller = new AbortController();
});

/** Generous: the timers here are fast, but a loaded machine (two cores, browser tests beside) runs them late. */
const WAIT = { timeout: 5000 };

describe('subscribeLive', { timeout: 20_000 }, () => {
  it('says when to fetch, then delivers changes made in other tabs', async () => {
    subscribeLive({ videoId: 'aircAruvnKk' }, (u) => updates.push(u), controller.signal, { connect: extension.viewConnect });
    await vi.waitFor(() => expect(describeUpdates()).toEqual(['resync']), WAIT);
    await extension.createNote('from another tab');
    await extension.createNote('another video', 'IHZwWFHWa-w');
    await extension.handlers['settings/set']({ glossaryTicks: true }, sender);
    await settle();
    expect(describeUpdates()).toEqual(['resync', 'note: from another tab', 'settings/changed']);
  });

  it('reconnects after the worker was stopped, asks for a refetch, and keeps delivering', async () => {
    subscribeLive({ all: true }, (u) => updates.push(u), controller.signal, { connect: extension.viewConnect, ...fast });
    await vi.waitFor(() => expect(describeUpdates()).toEqual(['resync']), WAIT);
    extension.stopWorker();
    await extension.createNote('written while the view was disconnected');
    // The refetch that comes with the second resync brings that note; if the view reconnected before the note was
    // written (the retries are fast), it is pushed as well, which is as good.
    await vi.waitFor(() => expect(describeUpdates().slice(0, 2)).toEqual(['resync', 'resync']), WAIT);
    expect(describeUpdates().slice(2)).toEqual(describeUpdates().length > 2 ? ['note: written while the view was disconnected'] : []);
    expect(extension.connections).toBe(2);
    await extension.createNote('after the restart');
    await vi.waitFor(() => expect(describeUpdates().at(-1)).toBe('note: after the restart'), WAIT);
  });

  it('survives several restarts in a row', async () => {
    subscribeLive({ all: true }, (u) => updates.push(u), controller.signal, { connect: extension.viewConnect, ...fast });
    for (let restarts = 1; restarts <= 3; restarts += 1) {
      await vi.waitFor(() => expect(describeUpdates()).toHaveLength(restarts), WAIT);
      extension.stopWorker();
    }
    await vi.waitFor(() => expect(describeUpdates()).toEqual(['resync', 'resync', 'resync', 'resync']), WAIT);
    await extension.createNote('still live');
    await vi.waitFor(() => expect(describeUpdates().at(-1)).toBe('note: still live'), WAIT);
    expect(extension.hub.size).toBe(1);
  });

  it('stops when its signal is aborted: the port is closed and nothing more arrives, even after a restart', async () => {
    subscribeLive({ all: true }, (u) => updates.push(u), controller.signal, { connect: extension.viewConnect, ...fast });
    await vi.waitFor(() => expect(describeUpdates()).toEqual(['resync']), WAIT);
    controller.abort();
    await settle();
    expect(extension.hub.size).toBe(0);
    extension.stopWorker();
    await extension.createNote('unseen');
    await settle();
    await settle();
    expect(describeUpdates()).toEqual(['resync']);
    expect(extension.connections).toBe(1);
  });

  it('does nothing, and does not throw, once the extension is gone from under the page', async () => {
    const gone = () => {
      throw new Error('Extension context invalidated.');
    };
    expect(() => subscribeLive({ all: true }, (u) => updates.push(u), controller.signal, { connect: gone })).not.toThrow();
    await settle();
    expect(updates).toEqual([]);
  });

  it("a panel's subscription is confirmed with its video's notes, again after the worker was stopped", async () => {
    const before = await extension.createNote('before');
    await extension.createNote('another video', 'IHZwWFHWa-w');
    subscribeLive({ videoId: 'aircAruvnKk' }, (u) => updates.push(u), controller.signal, { ...fast, connect: extension.viewConnect, withNotes: true });
    await vi.waitFor(() => expect(updates).toHaveLength(1), WAIT);
    expect(updates[0]).toMatchObject({ type: 'resync', lesson: { notes: [before] } });
    extension.stopWorker();
    await extension.createNote('while disconnected');
    await vi.waitFor(() => expect(updates).toHaveLength(2), WAIT);
    const again = updates[1]!;
    expect(again.type === 'resync' && again.lesson?.notes.map((note) => note.text).sort()).toEqual(['before', 'while disconnected']);
  });

  it('passes on only well-formed pushes', async () => {
    const { view, background } = portPair(LIVE_PORT_NAME, OWN_ID);
    subscribeLive({ all: true }, (u) => updates.push(u), controller.signal, { connect: () => view });
    for (const junk of [null, 'live/ready', { type: 'resync' }, { type: 'notes/deleted-all' }, []]) background.postMessage(junk);
    background.postMessage({ type: 'live/ready' });
    await settle();
    expect(updates).toEqual([{ type: 'resync' }]);
  });
});
