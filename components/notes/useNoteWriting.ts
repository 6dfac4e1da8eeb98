import { useEffect, useRef, useState } from 'preact/hooks';
import { sendRequest } from '@/utils/messaging';
import type { Note } from '@/utils/notes';
import type { SeriesVideoId } from '@/utils/series-ids';
import type { LessonClock } from '@/utils/lesson-clock';
import { splitTags, type NoteDraft } from './NoteEditor';

const SAVE_DRAFT_AFTER_MS = 250;

interface Options {
  videoId: SeriesVideoId;
  player: LessonClock;
  pauseWhileWriting: boolean;
  showNote: (note: Note) => void;
  report: (problem: string) => void;
}

export interface NoteWriting {
  draft: NoteDraft | null;
  busy: boolean;
  /** Where the learner was when the add-note command opened this draft (focus goes back there after it). */
  returnFocus: HTMLElement | null;
  start: (draft: NoteDraft, returnFocus?: HTMLElement | null) => void;
  change: (draft: NoteDraft) => void;
  /** Resolves with the saved note, or null when nothing was saved (nothing to save, or it failed and was reported). */
  save: () => Promise<Note | null>;
  cancel: () => void;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The note being written: kept by the background as a draft while it is typed (so a closed tab, a navigation,
 * an update or a worker restart loses nothing), saved on request, and pausing the video meanwhile if the
 * learner wants that. A failed save keeps the text in the editor.
 */
export function useNoteWriting({ videoId, player, pauseWhileWriting, showNote, report }: Options): NoteWriting {
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const [busy, setBusy] = useState(false);
  const [returnFocus, setReturnFocus] = useState<HTMLElement | null>(null);
  const pausedForWriting = useRef(false);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; flush: () => void } | null>(null);

  const flushPending = () => {
    if (!pending.current) return;
    clearTimeout(pending.current.timer);
    pending.current.flush();
    pending.current = null;
  };
  const persist = (next: NoteDraft | null) => {
    if (pending.current) clearTimeout(pending.current.timer);
    const flush = () => {
      const stored = next && { t: next.t, text: next.text, tags: splitTags(next.tags), ...(next.noteId ? { noteId: next.noteId } : {}) };
      sendRequest('drafts/set', { videoId, draft: stored }).catch((error: unknown) =>
        report(`Margin could not keep your draft: ${describe(error)}`),
      );
    };
    pending.current = { timer: setTimeout(() => { pending.current = null; flush(); }, next ? SAVE_DRAFT_AFTER_MS : 0), flush };
  };

  useEffect(() => {
    let current = true;
    setDraft(null);
    sendRequest('drafts/get', { videoId }).then(
      (stored) => {
        if (current && stored) setDraft({ t: stored.t, text: stored.text, tags: stored.tags.join(', '), noteId: stored.noteId });
      },
      () => undefined, // No draft to restore is the usual case; a real failure shows on the next write.
    );
    window.addEventListener('pagehide', flushPending);
    return () => {
      current = false;
      window.removeEventListener('pagehide', flushPending);
      flushPending(); // Moving to another video: keep this one's draft first.
    };
  }, [videoId]);

  const resume = () => {
    if (pausedForWriting.current) player.play();
    pausedForWriting.current = false;
  };
  const start = (next: NoteDraft, from: HTMLElement | null = null) => {
    setReturnFocus(from);
    if (pauseWhileWriting && player.isPlaying()) {
      player.pause();
      pausedForWriting.current = true;
    }
    setDraft(next);
    persist(next);
  };
  const change = (next: NoteDraft) => {
    setDraft(next);
    persist(next);
  };
  const cancel = () => {
    setDraft(null);
    setReturnFocus(null);
    persist(null);
    resume();
  };
  const save = async () => {
    if (!draft || busy) return null;
    setBusy(true);
    try {
      const tags = splitTags(draft.tags);
      const note = draft.noteId
        ? await sendRequest('notes/update', { id: draft.noteId, text: draft.text, tags })
        : await sendRequest('notes/create', { videoId, t: Math.floor(draft.t), text: draft.text, tags });
      showNote(note);
      setDraft(null);
      setReturnFocus(null);
      persist(null);
      resume();
      return note;
    } catch (error) {
      report(`Margin could not save your note: ${describe(error)} Your text is still in the editor.`);
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { draft, busy, returnFocus, start, change, save, cancel };
}
