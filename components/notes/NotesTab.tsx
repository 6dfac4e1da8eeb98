import { useRef, useState } from 'preact/hooks';
import type { Note } from '@/utils/notes';
import { formatTime } from '@/utils/time';
import type { LessonPlayer } from '@/entrypoints/margin-panel/player';
import { useActiveIndex } from '../useActiveIndex';
import { useLessonSecond } from '../useLessonSecond';
import { NoteEditor } from './NoteEditor';
import { NoteItem } from './NoteItem';
import type { NoteWriting } from './useNoteWriting';
import { useDeleteWithUndo } from './useDeleteWithUndo';
import { matchesNoteFilter } from './note-filter';
import { useScrollToActive } from '../scrollWithin';

interface Props {
  notes: readonly Note[];
  player: LessonPlayer;
  writing: NoteWriting;
  onJump: (t: number) => void;
  showNote: (note: Note) => void;
  report: (problem: string) => void;
}

const startOf = (note: Note) => note.t;

export function NotesTab({ notes, player, writing, onJump, showNote, report }: Props) {
  const [filter, setFilter] = useState('');
  const { deleted, remove, undo } = useDeleteWithUndo(showNote, report);
  const active = useActiveIndex(player, notes, startOf);
  const activeId = notes[active]?.id;
  const shown = notes.filter((note) => matchesNoteFilter(note, filter));
  const { draft } = writing;
  const list = useRef<HTMLOListElement>(null);
  useScrollToActive(list, activeId, filter === '');

  const edit = (note: Note) => {
    // One note is written at a time: starting another edit would throw away what is being typed.
    if (draft) report('Save or cancel the note you are writing first.');
    else writing.start({ t: note.t, text: note.text, tags: note.tags.join(', '), noteId: note.id });
  };
  const editor = draft && (
    <NoteEditor draft={draft} onChange={writing.change} onSave={() => void writing.save()} onCancel={writing.cancel} busy={writing.busy} />
  );

  return (
    <div>
      <div class="notes-bar">
        <AddNoteButton player={player} disabled={draft !== null} onAdd={(t) => writing.start({ t, text: '', tags: '' })} />
        <input type="search" aria-label="Filter notes by text or #tag" placeholder="Filter notes or #tag" value={filter}
          onInput={(event) => setFilter(event.currentTarget.value)} />
      </div>
      {draft && !draft.noteId && editor}
      {deleted && (
        <p class="undo" role="status">
          Note deleted. <button type="button" class="link" onClick={() => void undo()}>Undo</button>
        </p>
      )}
      {notes.length === 0 && !draft && <p class="empty">No notes yet. Add one at any moment of the lesson.</p>}
      {notes.length > 0 && shown.length === 0 && <p class="empty">No note matches “{filter}”.</p>}
      <ol class="items notes" ref={list}>
        {shown.map((note) => (
          <li key={note.id} data-key={note.id}>
            {draft?.noteId === note.id ? editor : (
              <NoteItem note={note} current={note.id === activeId} onJump={onJump} onEdit={edit} onDelete={(n) => void remove(n)} onTag={(tag) => setFilter(`#${tag}`)} />
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function AddNoteButton({ player, disabled, onAdd }: { player: LessonPlayer; disabled: boolean; onAdd: (t: number) => void }) {
  const second = useLessonSecond(player);
  return (
    <button type="button" class="primary add-note" disabled={disabled || second === null} onClick={() => second !== null && onAdd(second)}>
      {second === null ? 'Add note' : `Add note at ${formatTime(second)}`}
    </button>
  );
}
