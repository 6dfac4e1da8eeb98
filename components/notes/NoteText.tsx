import { noteSegments } from '@/utils/note-segments';
import { formatTime } from '@/utils/time';
import type { JumpAction } from '../JumpButton';

/**
 * A note's text as text: never parsed as HTML. Clock times written in it (2:42, 1:02:03) become buttons that
 * seek the video, or links to the moment on YouTube where there is no player (`timeHref`).
 */
export function NoteText({ text, onJump, timeHref }: { text: string } & JumpAction) {
  return (
    <p class="note-text">
      {noteSegments(text).map((segment, i) =>
        segment.kind === 'text' ? (
          segment.text
        ) : timeHref ? (
          <a class="link" key={i} href={timeHref(segment.seconds)} target="_blank" rel="noopener noreferrer">
            <span class="visually-hidden">Watch from </span>
            {formatTime(segment.seconds)}
            <span class="visually-hidden"> on YouTube (new tab)</span>
          </a>
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
