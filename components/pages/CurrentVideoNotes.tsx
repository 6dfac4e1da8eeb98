import type { Note } from '@/utils/notes';
import { formatTime } from '@/utils/time';
import { JumpButton } from '@/components/JumpButton';
import { NoteText } from '@/components/notes/NoteText';
import { SERIES_OUTLINE, type OutlineVideo } from '@/utils/series-outline';

interface Props {
  video: OutlineVideo;
  /** This video's notes, by time. */
  notes: readonly Note[];
  /** Seeks the tab's video to `t`. */
  onJump: (t: number) => void;
}

/** At most this many notes show in the popup, so it fits the browser's 600 px without a scroll box of its own. */
const SHOWN = 3;

/** The popup's look at the video open in the tab: its title and its first notes, each time a button that seeks it. */
export function CurrentVideoNotes({ video, notes, onJump }: Props) {
  const more = notes.length - SHOWN;
  return (
    <section aria-labelledby="current-video">
      <p class="position">
        Chapter {video.order} of {SERIES_OUTLINE.length}
      </p>
      <h2 id="current-video" class="title">
        {video.title}
      </h2>
      {notes.length === 0 ? (
        <p class="empty">No notes on this video yet. Add one from Margin's panel beside the video.</p>
      ) : (
        <ol class="items notes" aria-label="Notes on this video">
          {notes.slice(0, SHOWN).map((note) => (
            <li key={note.id}>
              <article class="note" aria-label={`Note at ${formatTime(note.t)}`} data-note-id={note.id}>
                <JumpButton t={note.t} label="" onJump={onJump} />
                <NoteText text={note.text} onJump={onJump} />
              </article>
            </li>
          ))}
        </ol>
      )}
      {more > 0 && <p class="more">{more === 1 ? '1 more note' : `${more} more notes`} in the notebook.</p>}
    </section>
  );
}
