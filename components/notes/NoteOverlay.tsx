import { NoteEditor } from './NoteEditor';
import type { NoteWriting } from './useNoteWriting';

/** The compact editor shown inside the player in fullscreen, where the side panel is hidden. */
export function NoteOverlay({ writing }: { writing: NoteWriting }) {
  if (!writing.draft) return null;
  return (
    <div class="overlay" role="dialog" aria-label="Margin note">
      <NoteEditor
        draft={writing.draft}
        onChange={writing.change}
        onSave={() => void writing.save()}
        onCancel={writing.cancel}
        busy={writing.busy}
        conflict={writing.conflict}
        onUseTheirs={writing.useTheirs}
      />
    </div>
  );
}

/** In fullscreen on a touch screen, where no keyboard shortcut can add a note: a button in the player that does. */
export function AddNoteInPlayer({ onAdd }: { onAdd: () => void }) {
  return (
    <button type="button" class="overlay-add" onClick={onAdd}>
      Add note
    </button>
  );
}
