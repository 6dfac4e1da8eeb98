import { noteSegments } from '@/utils/note-segments';
import { formatTime } from '@/utils/time';

/**
 * A note's text as text: never parsed as HTML. Clock times written in it (2:42, 1:02:03) become buttons that
 * seek the video.
 */
export function NoteText({ text, onJump }: { text: string; onJump: (t: number) => void }) {
  return (
    <p class="note-text">
      {noteSegments(text).map((segment, i) =>
        segment.kind === 'text' ? (
          segment.text
        ) : (
          <button type="button" class="link" key={i} onClick={() => onJump(segment.seconds)}>
            <span class="visually-hidden">Jump to </span>
            {formatTime(segment.seconds)}
          </button>
        ),
      )}
    </p>
  );
}
