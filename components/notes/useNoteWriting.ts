import { useEffect, useRef, useState } from 'preact/hooks';
import { MarginRequestError, ORPHANED_MESSAGE, sendRequest } from '@/utils/messaging';
import type { Draft, Note } from '@/utils/notes';
import type { SeriesVideoId } from '@/utils/series-ids';
import type { LessonClock } from '@/utils/lesson-clock';
import { splitTags, type NoteDraft } from './NoteEditor';
import { fromStoredDraft, useDraftSync } from './useDraftSync';

interface Options {
  videoId: SeriesVideoId;
  player: LessonClock;
  pauseWhileWriting: boolean;
  /** The video's notes as shown: a newer version of the note being edited is noticed here. */
  notes: readonly Note[];
  showNote: (note: Note) => void;
  report: (problem: string) => void;
}

export interface NoteWriting {
  draft: NoteDraft | null;
  busy: boolean;
  /** A newer version of the edited note, saved elsewhere while this edit was open; null when there is none. */
  conflict: Note | null;
  /** Where the learner was when the add-note command opened this draft (focus goes back there after it). */
  returnFocus: HTMLElement | null;
  start: (draft: NoteDraft, returnFocus?: HTMLElement | null) => void;
  change: (draft: NoteDraft) => void;
  /** Resolves with the saved note, or null when nothing was saved (nothing to save, or it failed and was reported). */
  save: () => Promise<Note | null>;
  cancel: () => void;
  /** Replaces the text being written with the conflicting version's. */
  useTheirs: () => void;
  /** A draft change pushed by the background (another panel of this video wrote or discarded it). */
  receiveDraft: (draft: Draft | null, discarded?: string, discardedSession?: string) => void;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const idOf = (draft: NoteDraft) => draft.noteId ?? draft.newNoteId;
/** Two drafts of one writing (a draft kept by an older Margin has no session: it matches any). */
const sameWriting = (mine: string | undefined, theirs: string | undefined) => mine === undefined || theirs === undefined || mine === theirs;
const sameContent = (draft: NoteDraft, note: Note) =>
  draft.text === note.text && splitTags(draft.tags).join('\n') === note.tags.join('\n');
const editOf = (note: Note): NoteDraft => ({ t: note.t, text: note.text, tags: note.tags.join(', '), noteId: note.id, base: note.updatedAt });

/**
 * The note being written: kept by the background as a draft while it is typed (so a closed tab, a navigation,
 * an update or a worker restart loses nothing), followed live across the video's panels, saved on request
 * (idempotently: a new note's id is chosen here), and pausing the video meanwhile if the learner wants that.
 * A failed save keeps the text in the editor; an edit that meets a newer version shows both.
 */
export function useNoteWriting({ videoId, player, pauseWhileWriting, notes, showNote, report }: Options): NoteWriting {
  const [draft, setDraftState] = useState<NoteDraft | null>(null);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<Note | null>(null);
  const [returnFocus, setReturnFocus] = useState<HTMLElement | null>(null);
  const [viewId] = useState(() => crypto.randomUUID());
  const pausedForWriting = useRef(false);
  const current = useRef<NoteDraft | null>(null);
  // After a failed save its message stays until the learner types or saves again: a draft write that fails (or
  // succeeds) meanwhile neither replaces nor clears it; the text is in the editor, as the message says.
  const saveFailed = useRef(false);
  const sync = useDraftSync(videoId, viewId, (problem) => {
    if (!saveFailed.current) report(problem);
  });

  const setDraft = (next: NoteDraft | null) => {
    current.current = next;
    setDraftState(next);
  };

  useEffect(() => {
    let live = true;
    setDraft(null);
    setConflict(null);
    sendRequest('drafts/get', { videoId }).then(
      (stored) => {
        if (live && stored && !current.current) setDraft(fromStoredDraft(stored));
      },
      () => undefined, // No draft to restore is the usual case; a real failure shows on the next write.
    );
    return () => {
      live = false;
    };
  }, [videoId]);

  const resume = () => {
    if (pausedForWriting.current) player.play();
    pausedForWriting.current = false;
  };
  const close = () => {
    saveFailed.current = false;
    setDraft(null);
    setConflict(null);
    setReturnFocus(null);
    resume();
  };

  // The note being written was saved or changed elsewhere (another tab, the notebook).
  useEffect(() => {
    if (!draft || busy) return;
    const id = idOf(draft);
    const stored = id === undefined ? undefined : notes.find((note) => note.id === id);
    if (!stored) return;
    if (draft.newNoteId !== undefined || (draft.base !== undefined && stored.updatedAt > draft.base)) {
      if (sameContent(draft, stored)) {
        // Saved elsewhere exactly as written here: nothing is left to write.
        if (draft.newNoteId !== undefined) {
          sync.forget();
          close();
        } else setDraft({ ...draft, base: stored.updatedAt });
      } else if (!conflict || conflict.updatedAt < stored.updatedAt) {
        // Keep what is typed here as an edit of that note, and show theirs.
        if (draft.newNoteId !== undefined) setDraft({ ...draft, newNoteId: undefined, noteId: stored.id, base: stored.createdAt });
        setConflict(stored);
      }
    }
  }, [notes, draft, busy]);

  const start = (next: NoteDraft, from: HTMLElement | null = null) => {
    setReturnFocus(from);
    if (pauseWhileWriting && player.isPlaying()) {
      player.pause();
      pausedForWriting.current = true;
    }
    const ids = next.noteId || next.newNoteId ? next : { ...next, newNoteId: crypto.randomUUID() };
    const withId = ids.session ? ids : { ...ids, session: ids.newNoteId ?? crypto.randomUUID() };
    setDraft(withId);
    setConflict(null);
    sync.persist(withId);
  };
  const change = (next: NoteDraft) => {
    saveFailed.current = false;
    setDraft(next);
    sync.persist(next);
  };
  const cancel = () => {
    const session = current.current?.session;
    close();
    sync.persist(null, session);
  };
  const useTheirs = () => {
    if (!draft || !conflict) return;
    change({ ...editOf(conflict), ...(draft.session ? { session: draft.session } : {}) });
    setConflict(null);
  };

  const receiveDraft = (pushed: Draft | null, discarded?: string, discardedSession?: string) => {
    const mine = current.current;
    if (!mine || pushed?.viewId === viewId) return;
    if (pushed) {
      // The same draft, typed on in another panel: follow it, unless this one has changes of its own on the way.
      // Another tab that opened the same note for an edit of its own is another writing: what is typed here stays.
      const same = idOf(mine) === (pushed.noteId ?? pushed.newNoteId) && sameWriting(mine.session, pushed.session);
      if (same && !sync.pending) setDraft({ ...fromStoredDraft(pushed), ...pick(mine) });
    } else if (discarded !== undefined && idOf(mine) === discarded && sameWriting(mine.session, discardedSession) && !sync.pending && !conflict) {
      // Cancelled (or saved, with the same text) in another panel.
      if (mine.newNoteId === undefined || !notes.some((note) => note.id === discarded && !sameContent(mine, note))) close();
    }
  };

  const save = async () => {
    if (!draft || busy) return null;
    saveFailed.current = false;
    setBusy(true);
    try {
      const tags = splitTags(draft.tags);
      const base = conflict ? conflict.updatedAt : draft.base;
      const discard = { discardDraft: true as const, ...(draft.session ? { draftSession: draft.session } : {}) };
      const note = draft.noteId
        ? await sendRequest('notes/update', { id: draft.noteId, text: draft.text, tags, ...(base !== undefined ? { base } : {}), ...discard })
        : await sendRequest('notes/create', { id: draft.newNoteId ?? crypto.randomUUID(), videoId, t: Math.floor(draft.t), text: draft.text, tags, ...discard });
      sync.forget();
      showNote(note);
      if (!draft.noteId && !sameContent(draft, note)) {
        // That id was saved already, from another panel, with other words: keep these as an edit of it.
        setDraft({ ...draft, newNoteId: undefined, noteId: note.id, base: note.createdAt });
        setConflict(note);
        return null;
      }
      close();
      return note;
    } catch (error) {
      saveFailed.current = true;
      const details = error instanceof MarginRequestError ? error.details : {};
      if (details.current) {
        showNote(details.current);
        setConflict(details.current);
        report(describe(error));
      } else if (details.orphaned) {
        report(`${ORPHANED_MESSAGE} Copy it, then reload the page to save it.`);
      } else {
        report(`Margin could not save your note: ${describe(error)} Your text is still in the editor.`);
      }
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { draft, busy, conflict, returnFocus, start, change, save, cancel, useTheirs, receiveDraft };
}

/** What a view keeps of its own draft when it follows another panel's: the ids it already chose. */
function pick(mine: NoteDraft): Partial<NoteDraft> {
  const session = mine.session ? { session: mine.session } : {};
  return mine.noteId ? { noteId: mine.noteId, base: mine.base, ...session } : { newNoteId: mine.newNoteId, ...session };
}
