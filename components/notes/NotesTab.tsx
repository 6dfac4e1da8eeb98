import { useRef, useState } from 'preact/hooks';
import type { Note } from '@/utils/notes';
import { formatTime } from '@/utils/time';
import type { LessonClock } from '@/utils/lesson-clock';
import { useActiveIndex } from '../useActiveIndex';
import { useLessonSecond } from '../useLessonSecond';
import { NoteEditor } from './NoteEditor';
import { NoteItem } from './NoteItem';
import type { NoteWriting } from './useNoteWriting';
import { useDeleteWithUndo } from './useDeleteWithUndo';
import { matchesNoteFilter } from './note-filter';
import { useScrollToActive, useScrollToTopOnFilter } from '../scrollWithin';
import { useArrowList } from '../useArrowList';
import { LazyList } from '../LazyList';
import { FilterCount } from '../FilterCount';
import { useFocusRequest, type FocusRequest } from './useFocusRequest';
import { UndoDelete } from './UndoDelete';
import { copyText } from '../copy-text';
import { noteLines } from '@/utils/note-lines';
import { ariaKeyShortcut, useAddNoteShortcut } from '../useAddNoteShortcut';

interface Props {
  notes: readonly Note[];
  /** False while the lesson's notes are on their way: an empty list then says nothing yet. */
  loaded?: boolean;
  player: LessonClock;
  writing: NoteWriting;
  onJump: (t: number) => void;
  showNote: (note: Note) => void;
  report: (problem: string) => void;
}

const startOf = (note: Note) => note.t;

/** About how tall one note of the panel is, for the room notes not drawn yet keep (a lesson may hold a thousand). */
const NOTE_HEIGHT = 64;
/**
 * Notes drawn at a time in a long list: the panel's list shows three to six, and on a fresh load its first notes
 * are drawn while the page's player is still setting up (drawing 25 of a lesson's 1,000 held the page's own video
 * back). A list of up to WHOLE_LIST notes (a lesson's usual notes, a filter's matches) is drawn whole, all there
 * for a screen reader and find-in-page.
 */
const NOTES_PER_CHUNK = 10;
const WHOLE_LIST = 25;

export function NotesTab({ notes, loaded = true, player, writing, onJump, showNote, report }: Props) {
  const [filter, setFilter] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const focusAfter = useFocusRequest(root);
  const { deleted, remove, undo } = useDeleteWithUndo(showNote, report, (restored) => {
    focusAfter({ kind: 'note', id: restored.id });
    report(`Note at ${formatTime(restored.t)} restored`);
  });
  const active = useActiveIndex(player, notes, startOf);
  const activeId = notes[active]?.id;
  const shown = notes.filter((note) => matchesNoteFilter(note, filter));
  const { draft } = writing;
  const list = useRef<HTMLOListElement>(null);
  useScrollToActive(list, activeId, filter === '');
  useScrollToTopOnFilter(list, filter);
  const arrowList = useArrowList(list);

  // Where focus goes when the editor closes: back to the note being edited, else where the learner was before
  // the add-note command, else Add note.
  const afterEditor = (): FocusRequest => {
    if (draft?.noteId) return { kind: 'note', id: draft.noteId };
    if (writing.returnFocus) return { kind: 'element', element: writing.returnFocus };
    return { kind: 'add-note' };
  };
  const save = async () => {
    const next = afterEditor();
    const note = await writing.save();
    if (!note) return;
    focusAfter(next);
    report(`Note saved at ${formatTime(note.t)}`);
  };
  const cancel = () => {
    const next = afterEditor();
    const editing = Boolean(draft?.noteId);
    writing.cancel();
    focusAfter(next);
    report(editing ? 'Edit cancelled' : 'Note discarded');
  };

  // Read through a ref: the listed notes keep the first `edit` they were given (NoteItem renders only on change).
  const writingNow = useRef(writing);
  writingNow.current = writing;
  const edit = (note: Note) => {
    const { draft } = writingNow.current;
    // One note is written at a time: starting another edit would throw away what is being typed.
    if (draft) report('Save or cancel the note you are writing first.');
    else writingNow.current.start({ t: note.t, text: note.text, tags: note.tags.join(', '), noteId: note.id, base: note.updatedAt });
  };
  const editor = draft && (
    <NoteEditor draft={draft} onChange={writing.change} onSave={() => void save()} onCancel={cancel} busy={writing.busy}
      conflict={writing.conflict} onUseTheirs={writing.useTheirs} />
  );

  return (
    <div ref={root}>
      <div class="notes-bar">
        <AddNoteButton player={player} disabled={draft !== null} onAdd={(t) => writing.start({ t, text: '', tags: '' })} />
        <input type="search" aria-label="Filter notes by text or #tag" placeholder="Filter notes or #tag" value={filter}
          onInput={(event) => setFilter(event.currentTarget.value)} />
      </div>
      <FilterCount filter={filter} count={shown.length} one="note" many="notes" />
      {draft && !draft.noteId && editor}
      {deleted && <UndoDelete key={deleted.id} onUndo={() => void undo()} />}
      {notes.length > 0 && (
        <p class="notes-copy">
          <button type="button" class="link" aria-label="Copy as lines: this lesson's notes, as time and text"
            onClick={() => void copyText(noteLines(notes), `${notes.length} ${notes.length === 1 ? 'note' : 'notes'} as lines`).then(report)}>
            Copy as lines
          </button>
        </p>
      )}
      {loaded && notes.length === 0 && !draft && <p class="empty">No notes yet. Add one at any moment of the lesson.</p>}
      {notes.length > 0 && shown.length === 0 && <p class="empty">No note matches “{filter}”.</p>}
      <LazyList
        class="items notes"
        listRef={list}
        listProps={{ 'aria-label': 'Notes', ...arrowList }}
        items={shown}
        keyOf={(note) => note.id}
        itemHeight={NOTE_HEIGHT}
        chunk={shown.length <= WHOLE_LIST ? WHOLE_LIST : NOTES_PER_CHUNK}
        pinned={[draft?.noteId, activeId]}
        renderItem={(note) =>
          draft?.noteId === note.id ? editor : (
            <NoteItem note={note} current={note.id === activeId} onJump={onJump} onEdit={edit} onDelete={(n) => void remove(n)} onTag={(tag) => setFilter(`#${tag}`)} />
          )
        }
      />
    </div>
  );
}

/** Add note, with the browser's add-note shortcut named for assistive technology and shown beside it. */
function AddNoteButton({ player, disabled, onAdd }: { player: LessonClock; disabled: boolean; onAdd: (t: number) => void }) {
  const second = useLessonSecond(player);
  const shortcut = useAddNoteShortcut();
  return (
    <>
      <button
        type="button"
        class="primary add-note"
        disabled={disabled || second === null}
        aria-keyshortcuts={shortcut ? ariaKeyShortcut(shortcut) : undefined}
        onClick={() => second !== null && onAdd(second)}
      >
        {second === null ? 'Add note' : `Add note at ${formatTime(second)}`}
      </button>
      {shortcut && (
        <kbd class="shortcut-hint" aria-hidden="true" title="Adds a note from anywhere on the page, also in fullscreen">
          {shortcut}
        </kbd>
      )}
    </>
  );
}
