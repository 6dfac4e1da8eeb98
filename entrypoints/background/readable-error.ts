/**
 * An error whose message is written for the learner and goes back to the view as is. Anything else a handler
 * throws is a bug, and the router wraps it in a general sentence.
 */
import type { Note } from '@/utils/notes';

export class ReadableError extends Error {
  override name = 'ReadableError';
}

/** An edit started from a version of the note that is no longer the stored one: `current` is what is stored. */
export class StaleEditError extends ReadableError {
  override name = 'StaleEditError';
  constructor(readonly current: Note) {
    super(
      'This note was changed in another tab or window while you were editing it. Their version is shown; ' +
        'your text is still in the editor: save again to replace theirs with yours.',
    );
  }
}
