/**
 * Merges two sets of notes (this browser's and an import's or another device's) by id. For import and sync:
 * whichever version changed last wins, and at the same instant a deletion wins, so merging never brings a
 * deleted note back nor drops a later edit.
 */
import type { Note } from './notes';

/** Picks the surviving version of one note; the same answer whichever side each version came from. */
export function newerNote(a: Note, b: Note): Note {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  const aDeleted = a.deletedAt !== undefined;
  if (aDeleted !== (b.deletedAt !== undefined)) return aDeleted ? a : b;
  // Two different versions stamped at the same instant: any fixed rule keeps merge order-independent.
  return canonical(a) >= canonical(b) ? a : b;
}

function canonical(note: Note): string {
  return JSON.stringify([note.videoId, note.t, note.text, note.tags, note.createdAt, note.deletedAt ?? null]);
}

/** Every id of either set once, tombstones included (they must keep travelling), in no particular order. */
export function mergeNoteSets(ours: readonly Note[], theirs: readonly Note[]): Note[] {
  const byId = new Map<string, Note>();
  for (const note of [...ours, ...theirs]) {
    const known = byId.get(note.id);
    byId.set(note.id, known ? newerNote(known, note) : note);
  }
  return [...byId.values()];
}
