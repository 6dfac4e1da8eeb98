/**
 * Three browsers of one learner, each with its own database, clock (skewed by up to two hours) and copy of
 * storage.sync, exchanging through a fake sync server that enforces Chrome's quotas and rate limits. Random
 * creates, edits, deletions and restores, passes, and exchanges at random moments (a browser offline for a
 * while is one that is not given an exchange). Then everyone goes online until nothing changes, and:
 * - every browser holds exactly the same notes, tombstones included, and storage.sync holds them too;
 * - no note is lost: every version a browser saved and that no later edit replaced is shown somewhere,
 *   under its own id or as a conflict copy;
 * - no write ever met a quota or a rate limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note } from '@/utils/notes';
import { unpackNotes } from '@/utils/sync-unpack';
import { CONFLICT_TAG } from '@/utils/sync-merge';
import { World, createNote, makeDevice, sender, type Device } from './sync-devices';

type Step =
  | { kind: 'create' | 'edit' | 'delete' | 'restore'; device: number; pick: number }
  | { kind: 'pass' | 'exchange' | 'online'; device: number }
  | { kind: 'wait'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constantFrom('create', 'create', 'edit', 'edit', 'delete', 'restore'), device: fc.nat({ max: 2 }), pick: fc.nat() }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constantFrom('pass', 'exchange', 'online'), device: fc.nat({ max: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait'), ms: fc.integer({ min: 100, max: 120_000 }) }) },
) as fc.Arbitrary<Step>;

/**
 * What a version says, as the learner sees it: not its id (a conflict copy keeps the losing version's moment and text
 * under an id of its own, so a learner who edits or deletes the copy has replaced that version) nor its stamp (two
 * browsers that restore the same note make two versions saying the same thing, and one edit replaces both).
 */
const contentKey = (note: Note) => JSON.stringify([note.t, note.text, note.deletedAt !== undefined]);
const byId = (notes: Note[]) => [...notes].sort((a, b) => (a.id < b.id ? -1 : 1));

/** A browser online for a moment: what others synced lands, a pass runs, and its writes go out. */
async function online(device: Device) {
  device.area.exchange();
  await device.engine.runPass();
  device.area.exchange();
}

async function run(seed: number, skews: number[], steps: Step[]) {
  const world = new World(seed);
  const devices = skews.map((skew, i) => makeDevice(world, `browser-${i}`, skew));
  /**
   * Versions browsers saved, each with when; and for each content, when a change was last made on top of a version
   * saying it. A version is replaced once a change is made on top of the same content after it was saved: a note
   * deleted, then restored with the same words, is a new version the deletion did not replace.
   */
  const saved: { note: Note; at: number }[] = [];
  const replaced = new Map<string, number>();
  let moment = 0;
  let counter = 0;

  const change = async (device: Device, kind: Step['kind'], pick: number) => {
    const all = byId(await device.allNotes());
    const live = all.filter((note) => note.deletedAt === undefined);
    const deleted = all.filter((note) => note.deletedAt !== undefined);
    let result: Note | undefined;
    let before: Note | undefined;
    if (kind === 'create') result = await createNote(device, `${device.name} wrote ${++counter}`, counter % 50);
    else if (kind === 'edit' && live.length > 0) {
      before = live[pick % live.length]!;
      result = await device.handlers['notes/update']({ id: before.id, text: `${device.name} edited ${++counter}` }, sender);
    } else if (kind === 'delete' && live.length > 0) {
      before = live[pick % live.length]!;
      result = await device.handlers['notes/delete']({ id: before.id }, sender);
    } else if (kind === 'restore' && deleted.length > 0) {
      before = deleted[pick % deleted.length]!;
      result = await device.handlers['notes/restore']({ id: before.id }, sender);
    }
    moment += 1;
    if (before) replaced.set(contentKey(before), moment);
    if (result) saved.push({ note: result, at: moment });
  };

  for (const s of steps) {
    if (s.kind === 'wait') world.advance(s.ms);
    else if (s.kind === 'pass') await devices[s.device]!.engine.runPass();
    else if (s.kind === 'exchange') devices[s.device]!.area.exchange();
    else if (s.kind === 'online') await online(devices[s.device]!);
    else if ('pick' in s) await change(devices[s.device]!, s.kind, s.pick);
  }

  // Everyone online until a whole round changes nothing.
  let previous = '';
  for (let round = 0; round < 8; round++) {
    world.advance(11_000);
    for (const device of devices) await online(device);
    const states = await Promise.all(devices.map(async (d) => JSON.stringify(byId(await d.allNotes()))));
    const now = JSON.stringify([states, [...world.server.items]]);
    if (now === previous) break;
    previous = now;
  }
  return { devices, world, saved, replaced };
}

describe('three browsers syncing through storage.sync', () => {
  it('converge on the same notes, lose none, and never meet a quota or rate limit', async () => {
    let conflicts = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer(),
        fc.array(fc.integer({ min: -7_200_000, max: 7_200_000 }), { minLength: 3, maxLength: 3 }),
        fc.array(step, { minLength: 20, maxLength: 60 }),
        async (seed, skews, steps) => {
          const { devices, world, saved, replaced } = await run(seed, skews, steps);
          const finals = await Promise.all(devices.map(async (d) => byId(await d.allNotes())));
          for (const final of finals.slice(1)) expect(final).toEqual(finals[0]);

          const inSync = (await unpackNotes(Object.fromEntries(world.server.items))).versions.map((v) => v.note);
          expect(byId(inSync)).toEqual(finals[0]);

          const shown = new Set(finals[0]!.filter((n) => n.deletedAt === undefined).map((n) => `${n.t}|${n.text}`));
          for (const { note, at } of saved) {
            if ((replaced.get(contentKey(note)) ?? 0) >= at || note.deletedAt !== undefined) continue;
            expect(shown, `lost: ${note.text}`).toContain(`${note.t}|${note.text}`);
          }
          for (const device of devices) expect(device.area.failures).toEqual([]);
          conflicts += finals[0]!.filter((n) => n.tags.includes(CONFLICT_TAG)).length;
        },
      ),
      // A failing run is shrunk for at most a minute, so the counterexample is printed before the test's timeout.
      // The same runs every time (random ones met no conflict one time in six, failing the check below); a hunt
      // sets MARGIN_SIM_SEED (and more runs with MARGIN_SIM_RUNS) to explore others.
      { numRuns: Number(process.env.MARGIN_SIM_RUNS ?? 25), seed: Number(process.env.MARGIN_SIM_SEED ?? 20261202), plugins: [fc.interruptAfterTimeLimit(60_000)] },
    );
    // The runs met the case the rules are for, not only notes nobody else touched.
    expect(conflicts).toBeGreaterThan(0);
  }, 180_000);

  it('two offline browsers editing the same note keep the later edit and a copy of the other; a third, an hour fast, edits after both', async () => {
    const world = new World();
    const [laptop, desktop, tablet] = [makeDevice(world, 'laptop'), makeDevice(world, 'desktop', -600_000), makeDevice(world, 'tablet', 3_600_000)];
    const note = await createNote(laptop, 'the first wording', 162);
    for (const device of [laptop, desktop, tablet]) await online(device);
    world.advance(30_000);
    await laptop.handlers['notes/update']({ id: note.id, text: 'laptop, offline' }, sender);
    world.advance(60_000);
    await desktop.handlers['notes/update']({ id: note.id, text: 'desktop, offline, a minute later' }, sender);
    for (const device of [laptop, desktop, laptop, tablet]) await online(device);
    const texts = async (device: Device) => (await device.handlers['notes/list']({ videoId: 'aircAruvnKk' }, sender)).map((n) => [n.text, n.tags]).sort();
    // The desktop's clock is ten minutes slow, so the laptop's edit carries the later stamp.
    expect(await texts(tablet)).toEqual([
      ['desktop, offline, a minute later', [CONFLICT_TAG]],
      ['laptop, offline', []],
    ]);
    world.advance(30_000);
    // The tablet's clock is an hour fast; the laptop edits after seeing the tablet's edit and still wins.
    await tablet.handlers['notes/update']({ id: note.id, text: 'tablet' }, sender);
    await online(tablet);
    world.advance(30_000);
    await online(laptop);
    await laptop.handlers['notes/update']({ id: note.id, text: 'laptop, last' }, sender);
    for (const device of [laptop, desktop, tablet]) await online(device);
    for (const device of [laptop, desktop, tablet]) {
      expect((await texts(device)).map(([text]) => text)).toEqual(['desktop, offline, a minute later', 'laptop, last']);
    }
  });
});
