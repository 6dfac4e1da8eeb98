import type { SeriesVideo } from '@/utils/catalog';
import { glossaryInOrder } from '@/utils/catalog';
import { momentUrl, videoUrl } from '@/utils/export';
import type { Note } from '@/utils/notes';
import { formatTime } from '@/utils/time';
import { NoteText } from '@/components/notes/NoteText';

interface Props {
  video: SeriesVideo;
  /** This chapter's notes, by time. */
  notes: readonly Note[];
  withGlossary: boolean;
}

/** One chapter of the study sheet: its key moments, then the learner's notes, then (if wanted) its terms. */
export function StudySheetChapter({ video, notes, withGlossary }: Props) {
  const headingId = `sheet-${video.videoId}`;
  const timeHref = (t: number) => momentUrl(video.videoId, t);
  return (
    <section class="sheet-chapter" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Chapter {video.order} · <a href={videoUrl(video.videoId)}>{video.title}</a>
      </h2>
      <h3>Key moments</h3>
      <ol class="sheet-moments">
        {video.chapters.map((chapter) => (
          <li key={chapter.start}>
            <span class="sheet-time">{formatTime(chapter.start)}</span> {chapter.title}
          </li>
        ))}
      </ol>
      <h3>Your notes</h3>
      {notes.length === 0 ? (
        <p class="sheet-empty">No notes on this chapter yet.</p>
      ) : (
        <ol class="sheet-notes">
          {notes.map((note) => (
            <li key={note.id}>
              <span class="sheet-time">{formatTime(note.t)}</span>
              <div class="sheet-note">
                <NoteText text={note.text} timeHref={timeHref} />
                {note.tags.length > 0 && <p class="sheet-tags">{note.tags.map((tag) => `#${tag}`).join(' ')}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
      {withGlossary && (
        <>
          <h3>Glossary</h3>
          <dl class="sheet-glossary">
            {glossaryInOrder(video).map((entry) => (
              <div key={entry.id}>
                <dt>
                  {entry.term} <span class="sheet-time">{formatTime(entry.t)}</span>
                </dt>
                <dd>{entry.definition}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
