import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { groupByVideo } from '@/utils/notes';
import { matchesNoteFilter } from '@/components/notes/note-filter';
import { ExportButtons } from '@/components/pages/ExportButtons';
import { ImportButton } from '@/components/pages/ImportNotes';
import { NotebookImport } from '@/components/pages/NotebookImport';
import { NotebookVideo } from '@/components/pages/NotebookVideo';
import { SERIES_OUTLINE } from '@/utils/series-outline';
import { useAllNotes } from '@/components/pages/useAllNotes';
import { NOTEBOOK_FIRST_SCREEN } from '@/components/pages/first-screen';
import { useNoteActions } from '@/components/pages/useNoteActions';
import { useNotesImport } from '@/components/pages/useNotesImport';
import { NotebookIndex } from '@/components/pages/NotebookIndex';
import { GlossaryMatches } from '@/components/pages/GlossaryMatches';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** All the learner's notes across the series, by video in series order; live, filterable, editable, exportable. */
export function NotebookApp() {
  // The first screen of notes paints before the whole list (10,000 notes) has arrived.
  // The tombstones too: the JSON backup carries them, and they are read ahead of the click.
  const { notes, loaded, problem, showNote, tombstones } = useAllNotes({ firstScreen: NOTEBOOK_FIRST_SCREEN, tombstones: true });
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState('');
  const actions = useNoteActions({ notes, showNote, report: setStatus });
  const filterInput = useRef<HTMLInputElement>(null);
  const importing = useNotesImport(setStatus);
  const importButton = useRef<HTMLButtonElement>(null);
  const [linesOpen, setLinesOpen] = useState(false);
  // Grouped again only when the notes or the filter change (not when a status line or a draft does).
  const all = useMemo(() => groupByVideo(notes), [notes]);
  const shown = useMemo(() => (filter.trim() === '' ? all : groupByVideo(notes.filter((note) => matchesNoteFilter(note, filter)))), [all, notes, filter]);
  const videoCount = all.size;

  // Keyboard focus goes back to the note just saved, cancelled or brought back, rather than to the page's top:
  // once, as soon as the note is shown again (a restored note shows only when the answer is applied).
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    pendingFocus.current = actions.focusNoteId;
  }, [actions.focusNoteId]);
  useEffect(() => {
    const id = pendingFocus.current;
    const target = id && document.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(id)}"] .note-actions button`);
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  });

  const showTag = (tag: string) => {
    setFilter(`#${tag}`);
    filterInput.current?.focus();
  };

  return (
    <div class="notebook">
      <header class="notebook-head">
        <div>
          <h1>Margin notebook</h1>
          <p>
            {loaded
              ? `${plural(notes.length, 'note')} on ${plural(videoCount, 'video')} of 3Blue1Brown's neural-network series`
              : 'Loading your notes…'}
          </p>
        </div>
        <div class="notebook-files">
          <ExportButtons notes={notes} disabled={!loaded || notes.length === 0} tombstones={tombstones} />
          <ImportButton busy={importing.busy} onFile={(file) => void importing.importFile(file)} buttonRef={importButton} />
          <button type="button" class="secondary" aria-expanded={linesOpen} onClick={() => setLinesOpen(!linesOpen)}>
            Import lines…
          </button>
          <a class="secondary button-link" href="/print.html" target="_blank" rel="noopener">
            Study sheet to print<span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </div>
      </header>
      <main>
        <div class="notebook-filter">
          <label for="notebook-filter">Filter</label>
          <input
            id="notebook-filter"
            ref={filterInput}
            type="search"
            placeholder="Words, or #tag"
            value={filter}
            onInput={(event) => setFilter(event.currentTarget.value)}
          />
        </div>
        <p class="status" role="status">
          {status || problem}
        </p>
        <NotebookImport importing={importing} notes={notes} linesOpen={linesOpen} onCloseLines={() => setLinesOpen(false)}
          importButton={importButton} report={setStatus} />
        <NotebookIndex groups={shown} notes={notes} filter={filter} onTag={showTag} />
        <GlossaryMatches search={filter} />
        {actions.deleted && <UndoDelete key={actions.deleted.id} onUndo={() => void actions.undo()} />}
        {loaded && notes.length === 0 && (
          <p class="empty">No notes yet. Open a video of the series on YouTube and add notes from Margin's panel beside it, or import a Margin JSON export.</p>
        )}
        {notes.length > 0 && shown.size === 0 && <p class="empty">No note matches “{filter}”.</p>}
        {SERIES_OUTLINE.filter((video) => shown.has(video.videoId)).map((video) => (
          <NotebookVideo key={video.videoId} video={video} notes={shown.get(video.videoId)!} actions={actions} onTag={showTag} report={setStatus} />
        ))}
      </main>
    </div>
  );
}

/** Takes the focus when it appears: the deleted note's own buttons are gone, and this is what comes next. */
function UndoDelete({ onUndo }: { onUndo: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <p class="undo" role="status">
      Note deleted.{' '}
      <button ref={button} type="button" class="link" onClick={onUndo}>
        Undo
      </button>
    </p>
  );
}
