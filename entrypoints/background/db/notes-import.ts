/**
 * Applies an import to the stored notes: one readwrite transaction, so that a failure half way (a full disk)
 * leaves every note as it was. Each note is merged with its stored version by the rule sync will use too
 * (newerNote): a note deleted here after the file was written stays deleted, and a deletion in the file newer
 * than the note here deletes it.
 */
import { newerNote } from '@/utils/note-merge';
import type { Note } from '@/utils/notes';
import type { ImportSummary } from '@/utils/protocol';
import type { Connect } from './connection';
import { write } from './transact';

export interface ImportOutcome {
  summary: ImportSummary;
  /** Every note written, as stored now: what the open views must be told. */
  written: Note[];
}

/** `incoming` holds each id once (the request's validator sees to it). */
export function importNotes(connect: Connect, incoming: readonly Note[]): Promise<ImportOutcome> {
  return write(connect, 'notes', async (tx) => {
    // All requests at once, on this transaction only: nothing else may be awaited inside it.
    const stored = await Promise.all(incoming.map((note) => tx.store.get(note.id)));
    const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
    const written: Note[] = [];
    incoming.forEach((note, index) => {
      const known = stored[index];
      // Imported notes keep their own stamps: restamping would make an old backup beat every later edit.
      const winner = known ? newerNote(known, note) : note;
      if (winner === known) summary.unchanged += 1;
      else {
        summary[known ? 'updated' : 'added'] += 1;
        written.push(winner);
      }
    });
    await allRequests(written.map((note) => () => tx.store.put(note)));
    return { summary, written };
  });
}

/**
 * Starts every request, then waits for all. A request may also throw before it starts (a full disk can fail a
 * put at once): the transaction is then aborted, and the requests already started reject with AbortError,
 * which is caught here so that the one real error is all that is reported.
 */
async function allRequests(requests: (() => Promise<unknown>)[]): Promise<void> {
  const started: Promise<unknown>[] = [];
  try {
    for (const start of requests) started.push(start());
  } catch (error) {
    for (const request of started) request.catch(() => undefined);
    throw error;
  }
  await Promise.all(started);
}
