import { useState } from 'preact/hooks';
import { sendRequest } from '@/utils/messaging';
import type { Note } from '@/utils/notes';

export interface DeleteWithUndo {
  /** The last note deleted here, until it is brought back or another is deleted. */
  deleted: Note | null;
  remove: (note: Note) => Promise<void>;
  undo: () => Promise<void>;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Deleting a note leaves a tombstone in the background, so Undo restores exactly that note, wherever it is
 * shown (the panel, the notebook): the same two steps for every view.
 */
export function useDeleteWithUndo(
  showNote: (note: Note) => void,
  report: (problem: string) => void,
  onRestored: (note: Note) => void = () => undefined,
): DeleteWithUndo {
  const [deleted, setDeleted] = useState<Note | null>(null);
  const remove = async (note: Note) => {
    try {
      showNote(await sendRequest('notes/delete', { id: note.id }));
      setDeleted(note);
      report('');
    } catch (error) {
      report(`Margin could not delete the note: ${describe(error)}`);
    }
  };
  const undo = async () => {
    if (!deleted) return;
    try {
      const restored = await sendRequest('notes/restore', { id: deleted.id });
      showNote(restored);
      setDeleted(null);
      report('');
      onRestored(restored);
    } catch (error) {
      report(`Margin could not bring the note back: ${describe(error)}`);
    }
  };
  return { deleted, remove, undo };
}
