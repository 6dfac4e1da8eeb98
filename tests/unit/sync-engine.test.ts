import { describe, expect, it } from 'vitest';
import type { Note } from '@/utils/notes';
import { SERIES_VIDEO_IDS } from '@/utils/series-ids';
import { SYNC_QUOTA } from '@/utils/sync-pack';
import { REMOTE_DELAY_MS } from '@/entrypoints/background/sync/engine';
import { unpackNotes } from '@/utils/sync-unpack';
import { describeCoverage } from '@/utils/sync-status';
import { World, createNote, makeDevice, sender } from './sync-devices';

const SECOND = 1000;

describe('sync engine', () => {
  it("its own writes coming back as storage.sync changes start no pass; another browser's start one soon", async () => {
    const world = new World();
    const delays: number[] = [];
    // Passes run when the test says (the timers never fire); which delays were asked for is recorded.
    const laptop = makeDevice(world, 'laptop', 0, { setTimeout: (_callback, ms) => (delays.push(ms), 0), clearTimeout: () => undefined });
    await createNote(laptop, 'sigmoid squashes');
    await laptop.engine.runPass();
    const written = [...laptop.area.items];
    expect(written.length).toBeGreaterThan(0);
    laptop.engine.changed(Object.fromEntries(written.map(([key, value]) => [key, { newValue: structuredClone(value) }])));
    expect(delays).toEqual([]);
    laptop.engine.changed({ 'notes.0': { newValue: 'written by another browser' } });
    expect(delays).toEqual([REMOTE_DELAY_MS]);
    // A removal it did not make is another browser's too.
    const desktop = makeDevice(world, 'desktop', 0, { setTimeout: (_callback, ms) => (delays.push(ms), 0), clearTimeout: () => undefined });
    desktop.engine.changed({ 'notes.3': {} });
    expect(delays).toEqual([REMOTE_DELAY_MS, REMOTE_DELAY_MS]);
  });

  it('a note made in one browser reaches another and is pushed to its open views', async () => {
    const world = new World();
    const laptop = makeDevice(world, 'laptop');
    const desktop = makeDevice(world, 'desktop');
    const note = await createNote(laptop, 'sigmoid squashes');
    expect((await laptop.engine.runPass()).state).toBe('synced');
    expect(Object.keys(Object.fromEntries(laptop.area.items))).toContain('notes.0');

    laptop.area.exchange();
    desktop.area.exchange();
    const status = await desktop.engine.runPass();
    expect(status).toMatchObject({ state: 'synced', synced: 1, total: 1 });
    expect(await desktop.handlers['notes/list']({ videoId: 'aircAruvnKk' }, sender)).toEqual([note]);
    expect(desktop.pushed).toContainEqual({ type: 'notes/changed', videoId: 'aircAruvnKk', note });
  });

  it('an edit and a deletion travel back; a pass with nothing new writes nothing', async () => {
    const world = new World();
    const laptop = makeDevice(world, 'laptop');
    const desktop = makeDevice(world, 'desktop');
    const note = await createNote(laptop, 'first wording');
    await laptop.engine.runPass();
    laptop.area.exchange();
    desktop.area.exchange();
    await desktop.engine.runPass();
    world.advance(20 * SECOND);
    await desktop.handlers['notes/update']({ id: note.id, text: 'second wording' }, sender);
    await desktop.engine.runPass();
    desktop.area.exchange();
    laptop.area.exchange();
    await laptop.engine.runPass();
    expect((await laptop.handlers['notes/list']({ videoId: 'aircAruvnKk' }, sender)).map((n) => n.text)).toEqual(['second wording']);

    world.advance(20 * SECOND);
    await laptop.handlers['notes/delete']({ id: note.id }, sender);
    await laptop.engine.runPass();
    laptop.area.exchange();
    desktop.area.exchange();
    await desktop.engine.runPass();
    expect(await desktop.handlers['notes/list']({ videoId: 'aircAruvnKk' }, sender)).toEqual([]);

    world.advance(20 * SECOND);
    const calls = desktop.area.writeCalls;
    await desktop.engine.runPass();
    expect(desktop.area.writeCalls).toBe(calls);
  });

  it('settings and progress travel; a fresh browser takes the synced settings, and window state stays local', async () => {
    const world = new World();
    const laptop = makeDevice(world, 'laptop');
    await laptop.handlers['settings/set']({ glossaryTicks: true, pauseWhileWriting: false, panelCollapsed: true }, sender);
    await laptop.handlers['progress/record']({ videoId: 'aircAruvnKk', from: 0, to: 120, position: 120 }, sender);
    await laptop.engine.runPass();
    laptop.area.exchange();

    const desktop = makeDevice(world, 'desktop');
    await desktop.handlers['progress/record']({ videoId: 'aircAruvnKk', from: 300, to: 360, position: 360 }, sender);
    desktop.area.exchange();
    await desktop.engine.runPass();
    expect(await desktop.handlers['settings/get']({}, sender)).toMatchObject({
      glossaryTicks: true,
      pauseWhileWriting: false,
      panelCollapsed: false,
    });
    expect(desktop.pushed.some((event) => event.type === 'settings/changed')).toBe(true);
    // Time watched in either browser counts.
    expect((await desktop.handlers['progress/get']({ videoId: 'aircAruvnKk' }, sender))?.watched).toEqual([
      [0, 120],
      [300, 360],
    ]);
    desktop.area.exchange();
    laptop.area.exchange();
    await laptop.engine.runPass();
    expect((await laptop.handlers['progress/get']({ videoId: 'aircAruvnKk' }, sender))?.watched).toHaveLength(2);
  });

  it('with sync off, nothing is read or written and the status says so', async () => {
    const world = new World();
    const laptop = makeDevice(world, 'laptop');
    await laptop.handlers['settings/set']({ syncEnabled: false }, sender);
    await createNote(laptop, 'private');
    expect((await laptop.engine.runPass()).state).toBe('off');
    expect(laptop.area.items.size).toBe(0);
    await laptop.handlers['settings/set']({ syncEnabled: true }, sender);
    expect((await laptop.engine.runPass()).state).toBe('synced');
    expect(laptop.area.items.size).toBeGreaterThan(0);
  });

  it('a learner editing every two seconds for ten minutes never meets a rate limit, and the last edit lands', async () => {
    const world = new World();
    const laptop = makeDevice(world, 'laptop');
    const note = await createNote(laptop, 'draft 0');
    for (let i = 1; i <= 300; i++) {
      await laptop.handlers['notes/update']({ id: note.id, text: `draft ${i}` }, sender);
      await laptop.engine.runPass();
      world.advance(2 * SECOND);
    }
    expect(laptop.area.failures).toEqual([]);
    expect(laptop.area.writeCalls).toBeLessThanOrEqual(61); // one every 10 s at most
    world.advance(10 * SECOND);
    expect((await laptop.engine.runPass()).state).toBe('synced');
    const { versions } = await unpackNotes(Object.fromEntries(laptop.area.items));
    expect(versions.map((v) => v.note.text)).toEqual(['draft 300']);
  }, 60_000);
});

/** Notes that compress about as badly as a learner's prose: varied words, numbers, a formula. */
function proseNotes(count: number, start: number): Note[] {
  const words = ['gradient', 'weight', 'bias', 'neuron', 'layer', 'sigmoid', 'cost', 'chain', 'rule', 'descent', 'ReLU', 'matrix'];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, i) => {
    const text = Array.from({ length: 40 }, () => `${words[Math.floor(random() * words.length)]}${Math.floor(random() * 100)}`).join(' ');
    return {
      id: crypto.randomUUID(),
      videoId: SERIES_VIDEO_IDS[i % SERIES_VIDEO_IDS.length]!,
      t: Math.floor(random() * 1200),
      text,
      tags: i % 4 === 0 ? ['review'] : [],
      createdAt: start + i * 1000,
      updatedAt: start + i * 1000,
    };
  });
}

describe('over quota', () => {
  it('keeps the most recently edited notes that fit, says so with figures, and deletes nothing here', { timeout: 60_000 }, async () => {
    const world = new World();
    const laptop = makeDevice(world, 'laptop');
    const notes = proseNotes(600, world.now - 600_000_000);
    await laptop.handlers['notes/import']({ notes }, sender);
    const status = await laptop.engine.runPass();

    expect(laptop.area.failures).toEqual([]);
    expect(laptop.area.bytesInUse()).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    expect(status.state).toBe('synced');
    expect(status.total).toBe(600);
    expect(status.synced).toBeGreaterThan(100);
    expect(status.synced).toBeLessThan(600);
    expect(describeCoverage(status)).toBe(
      `${status.synced} of 600 notes synced; the oldest ${600 - status.synced} stay in this browser only (the browser's sync storage is full).`,
    );
    const { versions } = await unpackNotes(Object.fromEntries(laptop.area.items));
    expect(versions).toHaveLength(status.synced);
    const syncedIds = new Set(versions.map((v) => v.note.id));
    const oldestSynced = Math.min(...versions.map((v) => v.note.updatedAt));
    const newestLeft = Math.max(...notes.filter((n) => !syncedIds.has(n.id)).map((n) => n.updatedAt));
    expect(newestLeft).toBeLessThan(oldestSynced);
    expect(await laptop.allNotes()).toHaveLength(600);

    // Editing an old note makes it recent: it now syncs, and the oldest synced one gives way.
    const oldest = notes[0]!;
    world.advance(20 * SECOND);
    await laptop.handlers['notes/update']({ id: oldest.id, text: 'revisited' }, sender);
    await laptop.engine.runPass();
    const after = await unpackNotes(Object.fromEntries(laptop.area.items));
    expect(after.versions.some((v) => v.note.text === 'revisited')).toBe(true);
    expect(laptop.area.bytesInUse()).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
  });
});
