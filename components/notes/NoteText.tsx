import { mathSegments } from '@/utils/maths-segments';
import { noteSegments } from '@/utils/note-segments';
import { formatTime } from '@/utils/time';
import type { JumpAction } from '../JumpButton';
import { Maths } from '../maths/Maths';

/**
 * A note's text as text: never parsed as HTML. Maths written as `$…$` or `$$…$$` shows as MathML (the renderer
 * is loaded only when a note has maths). Clock times written in the rest (2:42, 1:02:03) become buttons that
 * seek the video, or links to the moment on YouTube where there is no player (`timeHref`). The one rendering of a
 * note's text: the panel, the notebook, the popup and the print sheet all use it.
 */
export function NoteText({ text, onJump, timeHref }: { text: string } & JumpAction) {
  return (
    <p class="note-text">
      {mathSegments(text).map((part, p) =>
        part.kind === 'math' ? (
          <Maths key={`m${p}`} tex={part.tex} display={part.display} source={part.source} />
        ) : (
          noteSegments(part.text).map((segment, i) =>
            segment.kind === 'text' ? (
              segment.text
            ) : timeHref ? (
              <a class="link" key={`${p}-${i}`} href={timeHref(segment.seconds)} target="_blank" rel="noopener noreferrer">
                <span class="visually-hidden">Watch from </span>
                {formatTime(segment.seconds)}
                <span class="visually-hidden"> on YouTube (new tab)</span>
              </a>
            ) : (
              <button type="button" class="link" key={`${p}-${i}`} onClick={() => onJump!(segment.seconds)}>
                <span class="visually-hidden">Jump to </span>
                {formatTime(segment.seconds)}
              </button>
            ),
          )
        ),
      )}
    </p>
  );
}
