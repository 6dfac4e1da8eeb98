import type { Note } from '@/utils/notes';

interface Props {
  /** The version saved elsewhere while this edit was open. */
  theirs: Note;
  onUseTheirs?: () => void;
}

/**
 * Shown in the editor when the note was changed in another tab or window meanwhile: their version in full, to
 * read or copy, while the learner's own text stays in the editor. Saving then replaces theirs, knowingly.
 */
export function ConflictNotice({ theirs, onUseTheirs }: Props) {
  return (
    <div class="conflict" role="alert">
      <p>This note was changed in another tab while you were editing it. Their version:</p>
      <p class="conflict-theirs">{theirs.text}</p>
      {theirs.tags.length > 0 && <p class="conflict-tags">Tags: {theirs.tags.join(', ')}</p>}
      <p>Your text is still in the editor: Save note replaces theirs with yours.</p>
      {onUseTheirs && (
        <button type="button" class="secondary" onClick={onUseTheirs}>
          Use their version
        </button>
      )}
    </div>
  );
}
