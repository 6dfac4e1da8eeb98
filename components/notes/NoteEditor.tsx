import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatTime } from '@/utils/time';
import { NOTE_LIMITS, type Note } from '@/utils/notes';
import { ConflictNotice } from './ConflictNotice';

export interface NoteDraft {
  t: number;
  text: string;
  /** As typed: comma separated. */
  tags: string;
  /** Set when editing an existing note. */
  noteId?: string;
  /** With noteId: the updatedAt of the version the edit started from, so that a newer one is never overwritten. */
  base?: number;
  /** For a new note: the id it gets when saved, chosen once, so that saving twice still makes one note. */
  newNoteId?: string;
  /** The writing this draft belongs to, chosen when the editor opened (see DraftInput.session). */
  session?: string;
}

interface Props {
  draft: NoteDraft;
  onChange: (draft: NoteDraft) => void;
  onSave: () => void;
  onCancel: () => void;
  busy?: boolean;
  /** A newer version of the edited note, saved elsewhere while this edit was open. */
  conflict?: Note | null;
  onUseTheirs?: () => void;
}

export const splitTags = (typed: string): string[] => typed.split(',').map((tag) => tag.trim()).filter(Boolean);

/** Writes a note at a lesson time. Ctrl/Cmd+Enter saves, Escape cancels. */
export function NoteEditor({ draft, onChange, onSave, onCancel, busy = false, conflict = null, onUseTheirs }: Props) {
  const text = useRef<HTMLTextAreaElement>(null);
  // Layout effect: focus before the next key arrives, or a fast typist's first letters reach YouTube instead.
  useLayoutEffect(() => text.current?.focus(), []);
  const stamp = formatTime(draft.t);
  const empty = draft.text.trim() === '';

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!empty && !busy) onSave();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <form
      class="editor"
      aria-label={draft.noteId ? `Edit note at ${stamp}` : `New note at ${stamp}`}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        if (!empty && !busy) onSave();
      }}
    >
      <p class="editor-stamp">{draft.noteId ? `Editing the note at ${stamp}` : `New note at ${stamp}`}</p>
      {conflict && <ConflictNotice theirs={conflict} onUseTheirs={onUseTheirs} />}
      <textarea
        ref={text}
        aria-label={`Note at ${stamp}`}
        rows={3}
        maxLength={NOTE_LIMITS.maxTextLength}
        value={draft.text}
        onInput={(event) => onChange({ ...draft, text: event.currentTarget.value })}
      />
      <input
        type="text"
        aria-label="Tags, separated by commas"
        placeholder="Tags, separated by commas"
        value={draft.tags}
        onInput={(event) => onChange({ ...draft, tags: event.currentTarget.value })}
      />
      <div class="editor-actions">
        <span class="hint">Ctrl+Enter saves · Esc cancels</span>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="primary" disabled={empty || busy}>
          Save note
        </button>
      </div>
    </form>
  );
}
