import { Component } from 'preact';
import { formatTime } from '@/utils/time';
import type { Note } from '@/utils/notes';
import { JumpButton, JumpLink, type JumpAction } from '../JumpButton';
import { NoteText } from './NoteText';

type Props = JumpAction & {
  note: Note;
  current: boolean;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
  onTag: (tag: string) => void;
  /** The key moment of the lesson the note falls in (the notebook shows it: "in: Edge detection example"). */
  moment?: string;
};

/**
 * A note as listed. Rendered again only when its note or its "current" mark changed: a list of a thousand notes
 * that receives a thousand pushed changes renders each note once, not a thousand times. The actions it is given
 * must therefore not depend on what changes meanwhile (read such state through a ref).
 */
export class NoteItem extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const { note, current, timeHref } = this.props;
    return next.note !== note || next.current !== current || Boolean(next.timeHref) !== Boolean(timeHref);
  }
  override render(props: Props) {
    return <NoteItemView {...props} />;
  }
}

function NoteItemView({ note, current, onJump, timeHref, onEdit, onDelete, onTag, moment }: Props) {
  const firstWords = note.text.trim().slice(0, 40);
  return (
    <article class="note" aria-label={`Note at ${formatTime(note.t)}`} data-note-id={note.id}>
      <div class="note-head">
        {timeHref ? (
          <JumpLink t={note.t} href={timeHref(note.t)} label="" />
        ) : (
          <JumpButton t={note.t} label="" current={current} onJump={onJump} />
        )}
        <div class="note-actions">
          <button type="button" class="link" onClick={() => onEdit(note)}>
            Edit<span class="visually-hidden"> note “{firstWords}”</span>
          </button>
          <button type="button" class="link danger" onClick={() => onDelete(note)}>
            Delete<span class="visually-hidden"> note “{firstWords}”</span>
          </button>
        </div>
      </div>
      {moment && <p class="note-moment">in: {moment}</p>}
      {timeHref ? <NoteText text={note.text} timeHref={timeHref} /> : <NoteText text={note.text} onJump={onJump} />}
      {note.tags.length > 0 && (
        <ul class="tags" aria-label="Tags">
          {note.tags.map((tag) => (
            <li key={tag}>
              <button type="button" class="tag" onClick={() => onTag(tag)}>
                <span class="visually-hidden">Show notes tagged </span>#{tag}
              </button>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
