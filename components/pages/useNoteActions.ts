import { useEffect, useState } from 'preact/hooks';
import { MarginRequestError, sendRequest } from '@/utils/messaging';
import type { Note } from '@/utils/notes';
import { splitTags, type NoteDraft } from '@/components/notes/NoteEditor';
import { useDeleteWithUndo } from '@/components/notes/useDeleteWithUndo';

interface Options {
  notes: readonly Note[];
  showNote: (note: Note) => void;
  report: (problem: string) => void;
}

export interface NoteActions {
  /** The note being edited in place, as typed; null when none is. */
  draft: NoteDraft | null;
  busy: boolean;
  /** A newer version of the edited note, saved elsewhere while this edit was open; null when there is none. */
  conflict: Note | null;
  /** Replaces the text being edited with that version's. */
  useTheirs: () => void;
  edit: (note: Note) => void;
  change: (draft: NoteDraft) => void;
  save: () => Promise<void>;
  cancel: () => void;
  /** The last note deleted here, until it is brought back or another is deleted. */
  deleted: Note | null;
  remove: (note: Note) => Promise<void>;
  undo: () => Promise<void>;
  /** The note whose controls should take the keyboard focus back (after saving, cancelling, undoing). */
  focusNoteId: string | null;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Editing and deleting notes from a page: one note edited in place at a time, delete with undo, as in the
 * panel. Unlike the panel, the edit is not kept as a draft by the background: the panel's drafts belong to a
 * video being watched, and a notebook edit must not appear in a YouTube tab's panel.
 */
export function useNoteActions({ notes, showNote, report }: Options): NoteActions {
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusNoteId, setFocusNoteId] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Note | null>(null);
  const deletion = useDeleteWithUndo(showNote, report, (restored) => setFocusNoteId(restored.id));

  // Deleted in another tab while being edited here: there is nothing left to save into.
  const editedId = draft?.noteId;
  const editedExists = editedId !== undefined && notes.some((note) => note.id === editedId);
  useEffect(() => {
    if (editedId !== undefined && !editedExists) {
      setDraft(null);
      report('The note you were editing was deleted elsewhere.');
    }
  }, [editedId, editedExists]);

  // Changed elsewhere while being edited here: the same words need nothing; other words are shown beside these.
  const edited = editedId === undefined ? undefined : notes.find((note) => note.id === editedId);
  useEffect(() => {
    if (!draft || !edited || busy || draft.base === undefined || edited.updatedAt <= draft.base) return;
    if (draft.text === edited.text && splitTags(draft.tags).join('\n') === edited.tags.join('\n')) {
      setDraft({ ...draft, base: edited.updatedAt });
    } else if (!conflict || conflict.updatedAt < edited.updatedAt) setConflict(edited);
  }, [edited, draft, busy]);

  const edit = (note: Note) => {
    setDraft({ t: note.t, text: note.text, tags: note.tags.join(', '), noteId: note.id, base: note.updatedAt });
    setConflict(null);
    setFocusNoteId(null);
  };
  const cancel = () => {
    setFocusNoteId(draft?.noteId ?? null);
    setDraft(null);
    setConflict(null);
  };
  const useTheirs = () => {
    if (!conflict) return;
    setDraft({ t: conflict.t, text: conflict.text, tags: conflict.tags.join(', '), noteId: conflict.id, base: conflict.updatedAt });
    setConflict(null);
  };
  const save = async () => {
    if (!draft?.noteId || busy) return;
    setBusy(true);
    const base = conflict ? conflict.updatedAt : draft.base;
    try {
      showNote(await sendRequest('notes/update', { id: draft.noteId, text: draft.text, tags: splitTags(draft.tags), ...(base !== undefined ? { base } : {}) }));
      setFocusNoteId(draft.noteId);
      setDraft(null);
      setConflict(null);
      report('');
    } catch (error) {
      const current = error instanceof MarginRequestError ? error.details.current : undefined;
      if (current) {
        showNote(current);
        setConflict(current);
        report(describe(error));
      } else report(`Margin could not save your note: ${describe(error)} Your text is still in the editor.`);
    } finally {
      setBusy(false);
    }
  };
  const remove = (note: Note) => {
    setFocusNoteId(null);
    return deletion.remove(note);
  };
  return { draft, busy, conflict, useTheirs, edit, change: setDraft, save, cancel, deleted: deletion.deleted, remove, undo: deletion.undo, focusNoteId };
}
