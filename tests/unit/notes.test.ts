import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeNoteSets, newerNote } from '@/utils/note-merge';
import { applyNoteChange, applyNoteChanges, compareNotesAcrossVideos, groupByVideo, sameNote, visibleNotes, type Note } from '@/utils/notes';
import { SERIES_VIDEO_IDS } from '@/utils/series-ids';

let counter = 0;
const note = (fields: Partial<Note> = {}): Note => ({
  id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  videoId: 'aircAruvnKk',
  t: 0,
  text: '',
  tags: [],
  createdAt: 1,
  updatedAt: 1,
  ...fields,
});

describe('sameNote (what a sync pass need not write again)', () => {
  const base: Note = { id: 'n1', videoId: SERIES_VIDEO_IDS[0], t: 10, text: 'chain rule', tags: ['calc', 'quiz'], createdAt: 1, updatedAt: 2 };

  it('reads the same note in any field order, and a field set to undefined as absent', () => {
    const reordered = { updatedAt: 2, createdAt: 1, tags: ['calc', 'quiz'], text: 'chain rule', t: 10, videoId: SERIES_VIDEO_IDS[0], id: 'n1' } as Note;
    expect(sameNote(base, reordered)).toBe(true);
    expect(sameNote(base, { ...base, deletedAt: undefined })).toBe(true);
    expect(sameNote({ ...base, deletedAt: undefined }, base)).toBe(true);
  });

  it("tells any change apart: a field, a tag, the tags' order, a deletion", () => {
    for (const other of [
      { ...base, text: 'chain rules' },
      { ...base, t: 11 },
      { ...base, updatedAt: 3 },
      { ...base, tags: ['calc'] },
      { ...base, tags: ['quiz', 'calc'] },
      { ...base, deletedAt: 5 },
    ]) {
      expect(sameNote(base, other)).toBe(false);
      expect(sameNote(other, base)).toBe(false);
    }
  });

  it('agrees with comparing the notes as JSON whenever their fields come in the same order', () => {
    const note = fc.record(
      { id: fc.constantFrom('a', 'b'), videoId: fc.constant(SERIES_VIDEO_IDS[0]), t: fc.integer({ min: 0, max: 3 }), text: fc.constantFrom('', 'x', 'y'), tags: fc.array(fc.constantFrom('p', 'q'), { maxLength: 2 }), createdAt: fc.integer({ min: 0, max: 2 }), updatedAt: fc.integer({ min: 0, max: 2 }), deletedAt: fc.integer({ min: 0, max: 2 }) },
      { requiredKeys: ['id', 'videoId', 't', 'text', 'tags', 'createdAt', 'updatedAt'] },
    );
    fc.assert(
      fc.property(note, note, (a, b) => {
        expect(sameNote(a as Note, b as Note)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
    );
  });
});

describe('visibleNotes', () => {
  it('reads by time, then by when written, and hides deleted notes', () => {
    const later = note({ t: 90, text: 'later' });
    const firstAt30 = note({ t: 30, createdAt: 5, text: 'first at 0:30' });
    const secondAt30 = note({ t: 30, createdAt: 9, text: 'second at 0:30' });
    const gone = note({ t: 10, deletedAt: 3, updatedAt: 3 });
    expect(visibleNotes([later, secondAt30, gone, firstAt30]).map((n) => n.text)).toEqual([
      'first at 0:30',
      'second at 0:30',
      'later',
    ]);
  });

  it('orders the notebook by video in series order first', () => {
    const inLesson3 = note({ videoId: SERIES_VIDEO_IDS[2], t: 0 });
    const inLesson1 = note({ videoId: SERIES_VIDEO_IDS[0], t: 500 });
    expect(visibleNotes([inLesson3, inLesson1], compareNotesAcrossVideos)).toEqual([inLesson1, inLesson3]);
  });
});

describe('applyNoteChange', () => {
  const a = note({ t: 10, text: 'a' });
  const b = note({ t: 20, text: 'b' });

  it('inserts a new note in its place', () => {
    const c = note({ t: 15, text: 'c' });
    expect(applyNoteChange([a, b], c).map((n) => n.text)).toEqual(['a', 'c', 'b']);
  });

  it('replaces an edited note and moves it when its time changed', () => {
    const edited = { ...a, t: 30, text: 'a2', updatedAt: 2 };
    expect(applyNoteChange([a, b], edited).map((n) => n.text)).toEqual(['b', 'a2']);
  });

  it('removes a deleted note', () => {
    expect(applyNoteChange([a, b], { ...a, deletedAt: 2, updatedAt: 2 })).toEqual([b]);
  });

  it('ignores an echo of what is already shown and a stale change', () => {
    const edited = { ...a, text: 'newer', updatedAt: 5 };
    expect(applyNoteChange([edited, b], edited)).toEqual([edited, b]);
    expect(applyNoteChange([edited, b], { ...a, text: 'older', updatedAt: 4 })).toEqual([edited, b]);
  });
});

describe('mergeNoteSets', () => {
  const base = note({ text: 'original', updatedAt: 10 });

  it.each<[string, Note, Note, 'ours' | 'theirs']>([
    ['a later edit wins', { ...base, text: 'ours', updatedAt: 20 }, { ...base, text: 'theirs', updatedAt: 30 }, 'theirs'],
    ['a later deletion wins over an edit', { ...base, text: 'edit', updatedAt: 20 }, { ...base, deletedAt: 25, updatedAt: 25 }, 'theirs'],
    ['a later edit (restore) wins over a deletion', { ...base, text: 'restored', updatedAt: 40 }, { ...base, deletedAt: 25, updatedAt: 25 }, 'ours'],
    ['at the same instant the deletion wins', { ...base, deletedAt: 20, updatedAt: 20 }, { ...base, text: 'edit', updatedAt: 20 }, 'ours'],
  ])('%s', (_name, ours, theirs, winner) => {
    const merged = mergeNoteSets([ours], [theirs]);
    expect(merged).toEqual([winner === 'ours' ? ours : theirs]);
    expect(mergeNoteSets([theirs], [ours])).toEqual(merged);
  });

  it('keeps notes only one side has, tombstones included', () => {
    const onlyOurs = note({ text: 'ours' });
    const theirTombstone = note({ deletedAt: 4, updatedAt: 4 });
    expect(mergeNoteSets([onlyOurs], [theirTombstone])).toEqual([onlyOurs, theirTombstone]);
  });

  const versionArb = fc.record({
    id: fc.constantFrom('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'),
    videoId: fc.constant('aircAruvnKk' as const),
    t: fc.integer({ min: 0, max: 5 }),
    text: fc.constantFrom('x', 'y'),
    tags: fc.constant<string[]>([]),
    createdAt: fc.constant(1),
    updatedAt: fc.integer({ min: 1, max: 4 }),
    deletedAt: fc.option(fc.constant(1), { nil: undefined }),
  }).map(({ deletedAt, ...rest }): Note => (deletedAt === undefined ? rest : { ...rest, deletedAt }));

  it('is order-independent and idempotent, and never loses the newest version', () => {
    fc.assert(
      fc.property(fc.array(versionArb, { maxLength: 6 }), fc.array(versionArb, { maxLength: 6 }), (ours, theirs) => {
        const byId = (notes: Note[]) => [...notes].sort((x, y) => (x.id < y.id ? -1 : 1));
        const merged = byId(mergeNoteSets(ours, theirs));
        expect(byId(mergeNoteSets(theirs, ours))).toEqual(merged);
        expect(byId(mergeNoteSets(merged, theirs))).toEqual(merged);
        for (const version of [...ours, ...theirs]) {
          const kept = merged.find((n) => n.id === version.id);
          expect(kept && newerNote(kept, version)).toBe(kept);
        }
      }),
    );
  });
});

describe('groupByVideo', () => {
  it('keeps each video’s notes together, in the order given, in one pass', () => {
    const a1 = note({ videoId: 'aircAruvnKk', t: 1 });
    const b1 = note({ videoId: 'IHZwWFHWa-w', t: 2 });
    const a2 = note({ videoId: 'aircAruvnKk', t: 3 });
    const groups = groupByVideo([a1, b1, a2]);
    expect([...groups.keys()]).toEqual(['aircAruvnKk', 'IHZwWFHWa-w']);
    expect(groups.get('aircAruvnKk')).toEqual([a1, a2]);
    expect(groups.get('IHZwWFHWa-w')).toEqual([b1]);
    expect(groupByVideo([]).size).toBe(0);
  });
});

describe('applyNoteChanges (a batch of pushes at once)', () => {
  const ids = Array.from({ length: 6 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
  const arbitraryNote = fc.record({
    id: fc.constantFrom(...ids),
    t: fc.nat(50),
    updatedAt: fc.nat(20),
    deleted: fc.boolean(),
  }).map(({ id, t, updatedAt, deleted }): Note => ({
    id, videoId: 'aircAruvnKk', t, text: `v${updatedAt}`, tags: [], createdAt: 0, updatedAt, ...(deleted ? { deletedAt: updatedAt } : {}),
  }));

  it('gives what applying the changes one by one gives, pushed in the order they were written (property)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryNote, { maxLength: 8 }), fc.array(arbitraryNote, { maxLength: 20 }), (start, unordered) => {
        // The store stamps every version of a note differently (updatedAt strictly increases).
        const changes = [...new Map(unordered.map((n) => [`${n.id}@${n.updatedAt}`, n])).values()].sort((a, b) => a.updatedAt - b.updatedAt);
        const shown = visibleNotes(mergeById(start));
        const oneByOne = changes.reduce<Note[]>((list, change) => applyNoteChange(list, change), shown);
        expect(applyNoteChanges(shown, changes)).toEqual(oneByOne);
      }),
    );
  });

  it('puts a few changes in place and sorts many, both as one by one would, across videos (property)', () => {
    const manyIds = Array.from({ length: 60 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const acrossVideos = fc.record({
      id: fc.constantFrom(...manyIds),
      videoId: fc.constantFrom('aircAruvnKk', 'IHZwWFHWa-w', 'Ilg3gGewQ5U'),
      t: fc.nat(30),
      updatedAt: fc.nat(40),
      deleted: fc.boolean(),
    }).map(({ id, videoId, t, updatedAt, deleted }): Note => ({
      id, videoId: videoId as Note['videoId'], t, text: `v${updatedAt}`, tags: [], createdAt: 0, updatedAt, ...(deleted ? { deletedAt: updatedAt } : {}),
    }));
    fc.assert(
      fc.property(fc.array(acrossVideos, { maxLength: 60 }), fc.array(acrossVideos, { maxLength: 80 }), (start, unordered) => {
        const changes = [...new Map(unordered.map((n) => [`${n.id}@${n.updatedAt}`, n])).values()].sort((a, b) => a.updatedAt - b.updatedAt);
        const shown = visibleNotes(mergeById(start), compareNotesAcrossVideos);
        const oneByOne = changes.reduce<Note[]>((list, change) => applyNoteChange(list, change, compareNotesAcrossVideos), shown);
        expect(applyNoteChanges(shown, changes, compareNotesAcrossVideos)).toEqual(oneByOne);
      }),
    );
  });

  it('returns the very same list when nothing is newer, so that nothing renders', () => {
    const note: Note = { id: ids[0]!, videoId: 'aircAruvnKk', t: 1, text: 'x', tags: [], createdAt: 0, updatedAt: 5 };
    const list = [note];
    expect(applyNoteChanges(list, [{ ...note, text: 'older', updatedAt: 4 }, note])).toBe(list);
  });
});

/** One version per id (the newest), as a shown list holds. */
function mergeById(notes: Note[]): Note[] {
  const byId = new Map<string, Note>();
  for (const note of notes) {
    const known = byId.get(note.id);
    if (!known || note.updatedAt > known.updatedAt) byId.set(note.id, note);
  }
  return [...byId.values()];
}
