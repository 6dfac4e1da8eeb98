import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note } from '@/utils/notes';
import {
  CONFLICT_TAG,
  bumpVersion,
  compareVersions,
  derivedNoteId,
  joinVersions,
  localVersions,
  mergeReplicas,
  type Versioned,
} from '@/utils/sync-merge';

const NOTE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const IDS = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
const DEVICES = ['laptop', 'desktop', 'tablet'];

const note = (overrides: Partial<Note>): Note => ({
  id: IDS[0]!,
  videoId: 'aircAruvnKk',
  t: 162,
  text: 'sigmoid squashes',
  tags: [],
  createdAt: 1000,
  updatedAt: 1000,
  ...overrides,
});

/** Sorted by id, so that two merges can be compared whatever order they list notes in. */
const canonical = (versions: readonly Versioned[]) =>
  [...versions].sort((a, b) => (a.note.id < b.note.id ? -1 : 1)).map(({ note: n, vv }) => ({ n, vv: joinVersions(vv, {}) }));

describe('version vectors', () => {
  it.each([
    [{}, {}, 'equal'],
    [{ laptop: 1 }, { laptop: 2 }, 'before'],
    [{ laptop: 2, desktop: 1 }, { laptop: 2 }, 'after'],
    [{ laptop: 1 }, { desktop: 1 }, 'concurrent'],
  ] as const)('%j against %j is %s', (a, b, order) => {
    expect(compareVersions(a, b)).toBe(order);
  });

  it('a bump is after what it bumped, and a join has seen both sides', () => {
    expect(compareVersions(bumpVersion({ laptop: 3 }, 'desktop'), { laptop: 3 })).toBe('after');
    expect(joinVersions({ laptop: 3, desktop: 1 }, { desktop: 2 })).toEqual({ desktop: 2, laptop: 3 });
  });
});

describe('merging two browsers (cases a learner meets)', () => {
  const base: Versioned = { note: note({}), vv: { laptop: 1 } };

  it('an edit made after seeing the other version wins even when its device clock is an hour behind', () => {
    const edited: Versioned = { note: note({ text: 'edited on the desktop', updatedAt: 1001 }), vv: { laptop: 1, desktop: 1 } };
    const skewedBase: Versioned = { note: note({ updatedAt: 1000 + 3_600_000 }), vv: { laptop: 1 } };
    // The desktop's clock was behind, yet its version descends from the laptop's: it stands.
    const merged = mergeReplicas([[skewedBase], [{ ...edited, note: { ...edited.note, updatedAt: 1000 } }]]);
    expect(merged.map((v) => v.note.text)).toEqual(['edited on the desktop']);
  });

  it('edits to different notes on two offline browsers both survive', () => {
    const a: Versioned = { note: note({ text: 'laptop note' }), vv: { laptop: 1 } };
    const b: Versioned = { note: note({ id: IDS[1]!, text: 'desktop note' }), vv: { desktop: 1 } };
    expect(mergeReplicas([[a], [b]]).map((v) => v.note.text).sort()).toEqual(['desktop note', 'laptop note']);
  });

  it('the same note edited on both keeps the later edit and a conflict copy of the other', () => {
    const onLaptop: Versioned = { note: note({ text: 'laptop wording', updatedAt: 2000 }), vv: { laptop: 2 } };
    const onDesktop: Versioned = { note: note({ text: 'desktop wording', updatedAt: 3000 }), vv: { laptop: 1, desktop: 1 } };
    const merged = mergeReplicas([[onLaptop], [onDesktop]]);
    const original = merged.find((v) => v.note.id === IDS[0]);
    expect(original?.note.text).toBe('desktop wording');
    expect(original?.vv).toEqual({ desktop: 1, laptop: 2 });
    const copy = merged.find((v) => v.note.id !== IDS[0]);
    expect(copy?.note).toMatchObject({ text: 'laptop wording', tags: [CONFLICT_TAG], videoId: 'aircAruvnKk', t: 162 });
    expect(copy?.note.id).toMatch(NOTE_ID);
  });

  it('a deletion made after seeing the note deletes it; a concurrent later edit outlives an earlier deletion', () => {
    const deleted: Versioned = { note: note({ updatedAt: 2000, deletedAt: 2000 }), vv: { laptop: 2 } };
    expect(mergeReplicas([[base], [deleted]]).map((v) => v.note.deletedAt)).toEqual([2000]);
    const laterEdit: Versioned = { note: note({ text: 'kept', updatedAt: 2500 }), vv: { laptop: 1, desktop: 1 } };
    const merged = mergeReplicas([[deleted], [laterEdit]]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.note).toMatchObject({ text: 'kept' });
    expect(merged[0]?.note.deletedAt).toBeUndefined();
  });

  it('a concurrent deletion stamped later wins, and the edit it never saw stays as a conflict copy', () => {
    const deleted: Versioned = { note: note({ updatedAt: 3000, deletedAt: 3000 }), vv: { laptop: 2 } };
    const edit: Versioned = { note: note({ text: 'edited meanwhile', updatedAt: 2500 }), vv: { laptop: 1, desktop: 1 } };
    const merged = mergeReplicas([[deleted], [edit]]);
    expect(merged.find((v) => v.note.id === IDS[0])?.note.deletedAt).toBe(3000);
    expect(merged.find((v) => v.note.id !== IDS[0])?.note).toMatchObject({ text: 'edited meanwhile', tags: [CONFLICT_TAG] });
  });

  it('two browsers resolving the same conflict make the same copy, and an edited copy is kept', () => {
    const a: Versioned = { note: note({ text: 'A', updatedAt: 2000 }), vv: { laptop: 2 } };
    const b: Versioned = { note: note({ text: 'B', updatedAt: 3000 }), vv: { laptop: 1, desktop: 1 } };
    const first = mergeReplicas([[a], [b]]);
    expect(canonical(mergeReplicas([[b], [a]]))).toEqual(canonical(first));
    const copy = first.find((v) => v.note.id !== IDS[0])!;
    const editedCopy: Versioned = { note: { ...copy.note, text: 'A, reworded', updatedAt: 4000 }, vv: { tablet: 1 } };
    const again = mergeReplicas([[a], [b], [editedCopy]]);
    expect(again.find((v) => v.note.id === copy.note.id)?.note.text).toBe('A, reworded');
  });

  it('derived ids are note ids, and differ for different seeds', () => {
    expect(derivedNoteId('x')).toMatch(NOTE_ID);
    expect(derivedNoteId('x')).not.toBe(derivedNoteId('y'));
  });

  it("this browser's changes since its last pass count as one more change by it", () => {
    const kept = note({ updatedAt: 1000 });
    const changed = note({ id: IDS[1]!, updatedAt: 1500 });
    const history = new Map([
      [IDS[0]!, { vv: { desktop: 2 }, seen: 1000 }],
      [IDS[1]!, { vv: { desktop: 2 }, seen: 1200 }],
    ]);
    expect(localVersions([kept, changed], history, 'laptop').map((v) => v.vv)).toEqual([
      { desktop: 2 },
      { desktop: 2, laptop: 1 },
    ]);
    expect(localVersions([note({ id: IDS[1]! })], new Map(), 'laptop')[0]?.vv).toEqual({ laptop: 1 });
  });
});

/**
 * Histories as browsers make them: each step, a device edits or deletes the version it last saw (perhaps
 * after merging in another device's), stamping it with its own skewed clock but never before the version it
 * edited. Replicas are random subsets of all versions ever made.
 */
const histories = fc
  .record({
    skews: fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 3, maxLength: 3 }),
    steps: fc.array(
      fc.record({
        device: fc.nat({ max: 2 }),
        id: fc.nat({ max: 1 }),
        alsoSaw: fc.option(fc.nat(), { nil: undefined }),
        action: fc.constantFrom('edit', 'edit', 'delete', 'restore'),
        text: fc.constantFrom('a', 'b', 'c', 'gradient', 'σ(w·a + b)'),
        tick: fc.integer({ min: 1, max: 1000 }),
      }),
      { maxLength: 14 },
    ),
    picks: fc.array(fc.array(fc.nat(), { maxLength: 6 }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ skews, steps, picks }) => {
    const versions: Versioned[] = IDS.map((id) => ({ note: note({ id }), vv: {} }));
    // What each device holds of each note: a device only ever edits its own latest version.
    const held = DEVICES.map(() => IDS.map((_, i) => versions[i]!));
    let time = 2000;
    for (const step of steps) {
      time += step.tick;
      const id = IDS[step.id]!;
      let parent = held[step.device]![step.id]!;
      if (step.alsoSaw !== undefined) {
        const sameNote = versions.filter((v) => v.note.id === id);
        const other = sameNote[step.alsoSaw % sameNote.length]!;
        parent = mergeReplicas([[parent], [other]]).find((v) => v.note.id === id)!;
      }
      const device = DEVICES[step.device]!;
      const updatedAt = Math.max(time + skews[step.device]!, parent.note.updatedAt + 1);
      const { deletedAt: _d, ...alive } = parent.note;
      const changed: Note =
        step.action === 'delete'
          ? { ...parent.note, updatedAt, deletedAt: updatedAt }
          : step.action === 'restore'
            ? { ...alive, updatedAt }
            : { ...alive, text: step.text, updatedAt };
      const made = { note: changed, vv: bumpVersion(parent.vv, device) };
      held[step.device]![step.id] = made;
      versions.push(made);
    }
    const replicas = picks.map((pick) => pick.map((i) => versions[i % versions.length]!));
    return { versions, replicas };
  });

describe('merge rules (property tests)', () => {
  it('any order of the replicas, with repeats, gives the same result', () => {
    fc.assert(
      fc.property(histories, fc.infiniteStream(fc.nat()), ({ replicas }, seeds) => {
        const merged = canonical(mergeReplicas(replicas));
        const shuffled = replicas.map((r) => [...r].reverse()).reverse();
        expect(canonical(mergeReplicas(shuffled))).toEqual(merged);
        const withRepeat = [...replicas, replicas[seeds.next().value % replicas.length]!];
        expect(canonical(mergeReplicas(withRepeat))).toEqual(merged);
      }),
    );
  });

  it('merging the result with any of its inputs, or with itself, changes nothing', () => {
    fc.assert(
      fc.property(histories, ({ replicas }) => {
        const merged = mergeReplicas(replicas);
        for (const replica of [...replicas, merged]) {
          expect(canonical(mergeReplicas([merged, replica]))).toEqual(canonical(merged));
        }
      }),
    );
  });

  it('no note is lost: every live version no other version saw stands or is kept as a conflict copy', () => {
    fc.assert(
      fc.property(histories, ({ replicas }) => {
        const inputs = replicas.flat();
        const merged = mergeReplicas(replicas);
        const shown = new Set(merged.filter((v) => !v.note.deletedAt).map((v) => `${v.note.text}|${v.note.t}`));
        for (const version of inputs) {
          const superseded = inputs.some((other) => compareVersions(version.vv, other.vv) === 'before');
          const winner = merged.find((v) => v.note.id === version.note.id)!;
          // Whatever happened, the note's id stays known and has seen this version.
          expect(['after', 'equal']).toContain(compareVersions(winner.vv, version.vv));
          if (!superseded && !version.note.deletedAt) expect(shown).toContain(`${version.note.text}|${version.note.t}`);
        }
      }),
    );
  });

  it('a tombstone wins only over versions it saw or that are stamped no later than it', () => {
    fc.assert(
      fc.property(histories, ({ replicas }) => {
        const inputs = replicas.flat();
        for (const winner of mergeReplicas(replicas)) {
          if (winner.note.deletedAt === undefined) continue;
          for (const version of inputs) {
            if (version.note.id !== winner.note.id || version.note.deletedAt !== undefined) continue;
            const saw = inputs.some(
              (other) => other.note.deletedAt !== undefined && compareVersions(version.vv, other.vv) === 'before',
            );
            const superseded = inputs.some((other) => compareVersions(version.vv, other.vv) === 'before');
            expect(saw || superseded || version.note.updatedAt <= winner.note.updatedAt).toBe(true);
          }
        }
      }),
    );
  });
});
