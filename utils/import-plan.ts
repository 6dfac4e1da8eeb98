/**
 * What an import will do, note by note, before it does it: the same plan is shown to the learner (the preview)
 * and then applied (in one transaction, planned again there from what is stored then). Pure.
 *
 * - merge: each note of the file meets this browser's version by the rule sync uses too (newerNote: the later
 *   change wins, a deletion included). A note both sides hold, live, with different words is a conflict: the
 *   later edit is kept, and the count says so.
 * - replace: the file becomes the notebook. Its notes are written as they are (restamped when they differ from
 *   this browser's, so that the restore also wins in sync), and every note here that the file lacks is deleted
 *   (a tombstone, which undo-by-backup can bring back).
 */
import { newerNote } from './note-merge';
import { isDeleted, type Note } from './notes';
import { nextStamp } from './stamps';

export type ImportMode = 'merge' | 'replace';

export interface ImportCounts {
  /** Notes this browser did not have. */
  added: number;
  /** Notes whose version from the file replaces this browser's. */
  updated: number;
  /** Notes already here as they are, or changed here later (merge). */
  unchanged: number;
  /** Live notes here that the import deletes. */
  deleted: number;
  /** Notes both sides changed differently; the later edit is kept (merge only). */
  conflicts: number;
}

export interface ImportPlan {
  counts: ImportCounts;
  /** Every note to write, as it will be stored. */
  writes: Note[];
}

const sameContent = (a: Note, b: Note): boolean =>
  a.videoId === b.videoId && a.t === b.t && a.text === b.text && isDeleted(a) === isDeleted(b) &&
  a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]);

export const emptyCounts = (): ImportCounts => ({ added: 0, updated: 0, unchanged: 0, deleted: 0, conflicts: 0 });

/** `stored`: every note of this browser, tombstones included. `incoming` holds each id once. */
export function planImport(stored: readonly Note[], incoming: readonly Note[], mode: ImportMode, now: number): ImportPlan {
  const here = new Map(stored.map((note) => [note.id, note]));
  const counts = emptyCounts();
  const writes: Note[] = [];
  for (const note of incoming) {
    const known = here.get(note.id);
    if (!known) {
      writes.push(note);
      if (!isDeleted(note)) counts.added += 1;
      else counts.unchanged += 1; // a tombstone of a note never here: kept, so that it keeps travelling
      continue;
    }
    if (mode === 'replace') {
      if (sameContent(known, note)) counts.unchanged += 1;
      else {
        const updatedAt = Math.max(note.updatedAt, nextStamp(known.updatedAt, now));
        writes.push({ ...note, updatedAt, ...(isDeleted(note) && { deletedAt: updatedAt }) });
        counts[isDeleted(note) && !isDeleted(known) ? 'deleted' : 'updated'] += 1;
      }
      continue;
    }
    const winner = newerNote(known, note);
    const differs = !isDeleted(known) && !isDeleted(note) && !sameContent(known, note);
    if (differs) counts.conflicts += 1;
    if (winner === known || sameContent(known, winner)) counts.unchanged += 1;
    else {
      writes.push(winner);
      counts[isDeleted(winner) && !isDeleted(known) ? 'deleted' : 'updated'] += 1;
    }
  }
  if (mode === 'replace') {
    const inFile = new Set(incoming.map((note) => note.id));
    for (const note of stored) {
      if (inFile.has(note.id) || isDeleted(note)) continue;
      const stamp = nextStamp(note.updatedAt, now);
      writes.push({ ...note, updatedAt: stamp, deletedAt: stamp });
      counts.deleted += 1;
    }
  }
  return { counts, writes };
}
