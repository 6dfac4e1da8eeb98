import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestHandlers } from '@/entrypoints/background/handlers';
import { createLiveHub, type LiveHub, type ReadLesson } from '@/entrypoints/background/live-hub';
import { createLessonReader } from '@/entrypoints/background/lesson-snapshot';
import type { Connect } from '@/entrypoints/background/db/connection';
import type { RequestHandlers } from '@/entrypoints/background/router';
import { LIVE_PORT_NAME, type LiveFilter } from '@/utils/live-protocol';
import { freshDatabase, recordingPort, settle, testClock } from './background-fakes';

const OWN_ID = 'margin-extension-id';
const sender = { id: OWN_ID };
let hub: LiveHub;
let handlers: RequestHandlers;
let connect: Connect;

/** A view that connected and subscribed, as utils/live.ts does. */
async function view(filter: LiveFilter, senderId: string | null = OWN_ID, name = LIVE_PORT_NAME, extra: { withNotes?: true } = {}) {
  const end = recordingPort(name, senderId);
  hub.accept(end.port);
  end.send({ margin: 1, type: 'live/subscribe', filter, ...extra });
  await settle();
  return end;
}

/** A panel's subscription: its confirmation brings the video's notes and the settings (read from the database). */
async function panelView(videoId: 'aircAruvnKk' | 'IHZwWFHWa-w', confirmed = true) {
  const end = await view({ videoId }, OWN_ID, LIVE_PORT_NAME, { withNotes: true });
  if (confirmed) await vi.waitFor(() => expect(end.received.length).toBeGreaterThan(0));
  return end;
}

const createNote = (videoId: 'aircAruvnKk' | 'IHZwWFHWa-w' = 'aircAruvnKk', text = 'a note') =>
  handlers['notes/create']({ videoId, t: 1, text, tags: [] }, sender);

beforeEach(() => {
  connect = freshDatabase().connect;
  hub = createLiveHub(OWN_ID, createLessonReader(connect));
  handlers = createRequestHandlers({ connect, hub, clock: testClock() });
});

describe('live hub', () => {
  it('confirms a subscription, then pushes a created note to every view of that video', async () => {
    const tabA = await view({ videoId: 'aircAruvnKk' });
    const tabB = await view({ videoId: 'aircAruvnKk' });
    expect(tabA.received).toEqual([{ type: 'live/ready' }]);
    const note = await createNote();
    await settle();
    for (const tab of [tabA, tabB]) {
      expect(tab.received).toEqual([{ type: 'live/ready' }, { type: 'notes/changed', videoId: 'aircAruvnKk', note }]);
    }
  });

  it('a view of another video gets nothing; the notebook gets every video', async () => {
    const other = await view({ videoId: 'IHZwWFHWa-w' });
    const notebook = await view({ all: true });
    const note = await createNote('aircAruvnKk');
    await settle();
    expect(other.received).toEqual([{ type: 'live/ready' }]);
    expect(notebook.received).toEqual([{ type: 'live/ready' }, { type: 'notes/changed', videoId: 'aircAruvnKk', note }]);
  });

  it('pushes edits, deletions and restores too', async () => {
    const tab = await view({ videoId: 'aircAruvnKk' });
    const note = await createNote();
    await handlers['notes/update']({ id: note.id, text: 'edited' }, sender);
    await handlers['notes/delete']({ id: note.id }, sender);
    await handlers['notes/restore']({ id: note.id }, sender);
    await settle();
    const changes = tab.received.slice(1) as { note: { text: string; deletedAt?: number } }[];
    expect(changes.map(({ note: n }) => [n.text, n.deletedAt !== undefined])).toEqual([
      ['a note', false],
      ['edited', false],
      ['edited', true],
      ['edited', false],
    ]);
  });

  it('pushes settings changes to every subscribed view', async () => {
    const panel = await view({ videoId: 'aircAruvnKk' });
    const notebook = await view({ all: true });
    const settings = await handlers['settings/set']({ panelCollapsed: true }, sender);
    await settle();
    expect(panel.received.at(-1)).toEqual({ type: 'settings/changed', settings });
    expect(notebook.received.at(-1)).toEqual({ type: 'settings/changed', settings });
  });

  it('subscribing again follows the view to another video', async () => {
    const tab = await view({ videoId: 'aircAruvnKk' });
    tab.send({ margin: 1, type: 'live/subscribe', filter: { videoId: 'IHZwWFHWa-w' } });
    await settle();
    await createNote('aircAruvnKk', 'old video');
    const note = await createNote('IHZwWFHWa-w', 'new video');
    await settle();
    expect(tab.received).toEqual([
      { type: 'live/ready' },
      { type: 'live/ready' },
      { type: 'notes/changed', videoId: 'IHZwWFHWa-w', note },
    ]);
  });

  it('drops a view that went away, and keeps serving the others', async () => {
    const closed = await view({ videoId: 'aircAruvnKk' });
    const open = await view({ videoId: 'aircAruvnKk' });
    expect(hub.size).toBe(2);
    closed.close();
    await settle();
    expect(hub.size).toBe(1);
    await createNote();
    await settle();
    expect(closed.received).toEqual([{ type: 'live/ready' }]);
    expect(open.received).toHaveLength(2);
  });

  it('drops a port that fails when posted to, without failing the write', async () => {
    const tab = await view({ videoId: 'aircAruvnKk' });
    tab.port.postMessage = () => {
      throw new Error('Attempting to use a disconnected port object');
    };
    await expect(createNote()).resolves.toMatchObject({ text: 'a note' });
    expect(hub.size).toBe(0);
  });

  it.each<[string, string | null]>([
    ['another extension', 'some-other-extension'],
    ['a sender with no id (a web page)', null],
  ])('cuts a port from %s and never pushes to it', async (_name, senderId) => {
    const intruder = await view({ videoId: 'aircAruvnKk' }, senderId);
    await createNote();
    await settle();
    expect(intruder.cutByBackground).toBe(true);
    expect(intruder.received).toEqual([]);
    expect(hub.size).toBe(0);
  });

  it('leaves ports of other names alone', async () => {
    const stranger = await view({ videoId: 'aircAruvnKk' }, OWN_ID, 'something-else');
    expect(stranger.cutByBackground).toBe(false);
    expect(stranger.received).toEqual([]);
    expect(hub.size).toBe(0);
  });

  it.each<[string, unknown]>([
    ['a video outside the series', { margin: 1, type: 'live/subscribe', filter: { videoId: 'dQw4w9WgXcQ' } }],
    ['an unknown field', { margin: 1, type: 'live/subscribe', filter: { all: true }, evil: 1 }],
    ['a request sent on the port', { margin: 1, type: 'notes/list-all', payload: {} }],
    ['__proto__', JSON.parse('{"margin":1,"type":"live/subscribe","filter":{"__proto__":{"all":true}}}')],
  ])('ignores a malformed subscription (%s): no confirmation, no pushes', async (_name, message) => {
    const end = recordingPort(LIVE_PORT_NAME, OWN_ID);
    hub.accept(end.port);
    end.send(message);
    await settle();
    await createNote();
    await settle();
    expect(end.received).toEqual([]);
  });

  describe("a panel's subscription (withNotes)", () => {
    it("is confirmed with its video's notes, in order and without deleted ones, and the settings", async () => {
      const second = await handlers['notes/create']({ videoId: 'aircAruvnKk', t: 20, text: 'second', tags: [] }, sender);
      const first = await handlers['notes/create']({ videoId: 'aircAruvnKk', t: 10, text: 'first', tags: [] }, sender);
      const gone = await createNote('aircAruvnKk', 'deleted');
      await handlers['notes/delete']({ id: gone.id }, sender);
      await createNote('IHZwWFHWa-w', 'another video');
      const settings = await handlers['settings/set']({ activeTab: 'notes' }, sender);
      const panel = await panelView('aircAruvnKk');
      expect(panel.received).toEqual([{ type: 'live/ready', lesson: { notes: [first, second], settings } }]);
    });

    it('a change written while the notes are read comes after the confirmation, never lost before it', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const read = createLessonReader(connect);
      const slowRead: ReadLesson = async (videoId) => {
        const lesson = await read(videoId);
        await gate;
        return lesson;
      };
      hub = createLiveHub(OWN_ID, slowRead);
      handlers = createRequestHandlers({ connect, hub, clock: testClock() });
      const panel = await panelView('aircAruvnKk', false);
      const note = await createNote('aircAruvnKk', 'written meanwhile');
      await settle();
      expect(panel.received).toEqual([]);
      release();
      await vi.waitFor(() => expect(panel.received).toHaveLength(2));
      expect(panel.received).toMatchObject([{ type: 'live/ready', lesson: { notes: [] } }, { type: 'notes/changed', note }]);
    });

    it('is confirmed without notes when they cannot be read (the view then asks itself)', async () => {
      hub = createLiveHub(OWN_ID, () => Promise.reject(new Error('disk full')));
      const panel = await panelView('aircAruvnKk');
      expect(panel.received).toEqual([{ type: 'live/ready' }]);
    });

    it('a resync (a large import) brings the notes again; views without withNotes still get a bare confirmation', async () => {
      const panel = await panelView('aircAruvnKk');
      const notebook = await view({ all: true });
      const note = await createNote('aircAruvnKk', 'imported');
      await settle();
      hub.resync();
      await vi.waitFor(() => expect(panel.received).toHaveLength(3));
      expect(panel.received.at(-1)).toMatchObject({ type: 'live/ready', lesson: { notes: [note] } });
      expect(notebook.received.at(-1)).toEqual({ type: 'live/ready' });
    });
  });
});
