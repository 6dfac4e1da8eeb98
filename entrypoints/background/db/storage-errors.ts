/** Turns what IndexedDB throws into a sentence a learner can act on. */
import { ReadableError } from '../readable-error';

const errorName = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : 'unknown error';

export function storageError(error: unknown, action: 'save' | 'read' | 'open'): ReadableError {
  if (error instanceof ReadableError) return error;
  const name = errorName(error);
  if (name === 'QuotaExceededError') {
    return new ReadableError(
      "Margin could not save: the browser's storage is full. Free some disk space or clear other sites' data, " +
        'then try again. Nothing saved before is lost.',
    );
  }
  if (action === 'open') {
    return new ReadableError(
      `Margin could not open its storage (${name}). Your notes are not lost; try again, and if this keeps ` +
        'happening restart the browser. Private windows may not allow storage.',
    );
  }
  if (action === 'save') {
    return new ReadableError(`Margin could not save (${name}). Nothing was changed; try again.`);
  }
  return new ReadableError(`Margin could not read its storage (${name}). Try again.`);
}
