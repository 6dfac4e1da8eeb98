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
