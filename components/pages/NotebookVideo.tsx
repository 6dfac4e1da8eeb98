import { chapterFileName, exportMarkdown, momentUrl, videoUrl } from '@/utils/export';
import { noteLines } from '@/utils/note-lines';
import { copyText } from '@/components/copy-text';
import type { Note } from '@/utils/notes';
import { NoteEditor } from '@/components/notes/NoteEditor';
import { NoteItem } from '@/components/notes/NoteItem';
import { LazyList } from '@/components/LazyList';
import type { OutlineVideo } from '@/utils/series-outline';
import { downloadText } from './download';
import type { NoteActions } from './useNoteActions';
import { momentOf } from '@/utils/note-index';

interface Props {
  video: OutlineVideo;
  /** This video's notes that pass the filter, by time. */
  notes: readonly Note[];
  actions: NoteActions;
  onTag: (tag: string) => void;
  /** Says what a chapter button did, on the page's status line. */
  report: (status: string) => void;
}

/** About how tall one note of the notebook is (a line of text, its tags and buttons), for the room notes not drawn yet keep. */
const NOTE_HEIGHT = 84;

const plural = (count: number) => `${count} note${count === 1 ? '' : 's'}`;

/** One video of the notebook: its heading (a link to the video) and its notes, each editable in place. */
export function NotebookVideo({ video, notes, actions, onTag, report }: Props) {
  const headingId = `video-${video.videoId}`;
  const timeHref = (t: number) => momentUrl(video.videoId, t);
  const { draft } = actions;
  return (
    <section class="video-notes" aria-labelledby={headingId}>
      <div class="video-head">
        <h2 id={headingId}>
          <a href={videoUrl(video.videoId)} target="_blank" rel="noopener noreferrer">
            Chapter {video.order} · {video.title}
          </a>
        </h2>
        <span class="count">{plural(notes.length)}</span>
        <span class="chapter-files">
          <button type="button" class="link" aria-label={`Copy lines: Chapter ${video.order} notes, as time and text`}
            onClick={() => void copyText(noteLines(notes), `${plural(notes.length)} of Chapter ${video.order} as lines`).then(report)}>
            Copy lines
          </button>
          <button type="button" class="link" aria-label={`Markdown: download Chapter ${video.order} notes`}
            onClick={() => {
              const exportedAt = Date.now();
              downloadText(chapterFileName(video.order, exportedAt), exportMarkdown({ notes, exportedAt }, video.videoId), 'text/markdown;charset=utf-8');
            }}>
            Markdown
          </button>
        </span>
      </div>
      <LazyList
        class="items notes"
        items={notes}
        keyOf={(note) => note.id}
        itemHeight={NOTE_HEIGHT}
        pinned={[draft?.noteId, actions.focusNoteId]}
        renderItem={(note) =>
          draft?.noteId === note.id ? (
            <NoteEditor
              draft={draft}
              onChange={actions.change}
              onSave={() => void actions.save()}
              onCancel={actions.cancel}
              busy={actions.busy}
              conflict={actions.conflict}
              onUseTheirs={actions.useTheirs}
            />
          ) : (
            <NoteItem
              note={note}
              current={false}
              timeHref={timeHref}
              onEdit={actions.edit}
              onDelete={(n) => void actions.remove(n)}
              onTag={onTag}
              moment={momentOf(video.videoId, note.t)}
            />
          )
        }
      />
    </section>
  );
}
