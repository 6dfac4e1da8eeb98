/**
 * An export file as fixed text and runs of notes, so that the notebook can keep the bytes of most of a large
 * file between clicks. Turning a 3 MB string into a Blob costs 30-70 ms in Chromium (its UTF-8 encoding and
 * its transfer to the browser process); a Blob made of Blobs already made costs a few. The notes are cut into
 * runs where a note's id says so (about one note in 256), not every so many notes, so that adding or deleting a
 * note changes one run and leaves the others' Blobs in use. Pure but for the Blobs.
 */
import type { Note } from './notes';

/** Notes written one by one, `between` between them. */
export interface NoteRun {
  notes: readonly Note[];
  write: (note: Note) => string;
  between: string;
}

export type FilePart = string | NoteRun;

/** The file as text: every part in order. */
export function partsText(parts: readonly FilePart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.notes.map(part.write).join(part.between))).join('');
}

/**
 * A run ends after a note whose id hashes to 0 modulo 256: the same notes always cut the same way. (With one in 64,
 * the some 600 Blobs of 10,000 notes in four formats took 0.8-1.2 s of the notebook's main thread in a CPU profile,
 * and were not ready two seconds after it opened; one in 256 makes a quarter as many.)
 */
export function endsRun(note: Note): boolean {
  let hash = 0;
  for (let i = 0; i < note.id.length; i += 1) hash = (Math.imul(hash, 31) + note.id.charCodeAt(i)) | 0;
  return (hash & 255) === 0;
}

interface KeptRun {
  notes: readonly Note[];
  blob: Blob;
}

const sameNotes = (kept: readonly Note[], notes: readonly Note[], start: number, end: number): boolean => {
  if (kept.length !== end - start) return false;
  for (let i = start; i < end; i += 1) if (kept[i - start] !== notes[i]) return false;
  return true;
};

/**
 * One file format's Blobs of runs, kept while their notes are the same note objects (a view's notes are replaced
 * when they change, never changed in place). `write` must be the same function for the same format.
 */
export class RunBlobs {
  private kept = new Map<Note, KeptRun>();
  private stopped: { parts: readonly FilePart[]; part: number; note: number } | null = null;

  /**
   * Makes the Blob of every run not yet made while `more()` holds; true when every run has its Blob. What was
   * kept for runs no longer in the file stays until `blob` is next called.
   */
  prepare(parts: readonly FilePart[], more: () => boolean): boolean {
    let complete = true;
    // Called again with the same parts (the next idle slice), it goes on from the run where it stopped.
    const from = this.stopped?.parts === parts ? this.stopped : { part: 0, note: 0 };
    this.stopped = null;
    this.eachRun(parts, from, (notes, start, end, run, part) => {
      const known = this.kept.get(notes[start]!);
      if (known && sameNotes(known.notes, notes, start, end)) return true;
      if (!more()) {
        complete = false;
        this.stopped = { parts, part, note: start };
        return false;
      }
      const slice = notes.slice(start, end);
      this.kept.set(slice[0]!, { notes: slice, blob: new Blob([slice.map(run.write).join(run.between)]) });
      return true;
    });
    return complete;
  }

  /**
   * The whole file, the Blobs of runs whose notes are unchanged reused; the other runs are written as text (one
   * Blob of many small new ones would cost more than the text). Runs no longer in the file are forgotten.
   */
  blob(parts: readonly FilePart[], type: string): Blob {
    const next = new Map<Note, KeptRun>();
    const pieces: BlobPart[] = [];
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      this.eachRun([part], { part: 0, note: 0 }, (notes, start, end, run) => {
        const first = notes[start]!;
        const kept = this.kept.get(first);
        if (start > 0) text += run.between;
        if (kept && sameNotes(kept.notes, notes, start, end)) {
          next.set(first, kept);
          if (text) pieces.push(text);
          text = '';
          pieces.push(kept.blob);
        } else {
          for (let i = start; i < end; i += 1) text += i > start ? run.between + run.write(notes[i]!) : run.write(notes[i]!);
        }
        return true;
      });
    }
    if (text) pieces.push(text);
    this.kept = next;
    return new Blob(pieces, { type });
  }

  /**
   * Calls `visit` with each run's bounds (`start` to `end`, exclusive) until it answers false, from the run that
   * starts at `from` (a run's first note: runs are cut the same way from there as from the file's start).
   */
  private eachRun(
    parts: readonly FilePart[],
    from: { part: number; note: number },
    visit: (notes: readonly Note[], start: number, end: number, run: NoteRun, part: number) => boolean,
  ): void {
    for (let p = from.part; p < parts.length; p += 1) {
      const part = parts[p]!;
      if (typeof part === 'string') continue;
      const { notes } = part;
      let start = p === from.part ? from.note : 0;
      for (let i = start; i < notes.length; i += 1) {
        if (i < notes.length - 1 && !endsRun(notes[i]!)) continue;
        if (!visit(notes, start, i + 1, part, p)) return;
        start = i + 1;
      }
    }
  }
}
