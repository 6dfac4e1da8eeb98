import { useEffect, useRef } from 'preact/hooks';
import { createDebouncer, type Debouncer } from '@/utils/debounce';
import { MarginRequestError, ORPHANED_MESSAGE, sendRequest } from '@/utils/messaging';
import type { Draft } from '@/utils/notes';
import type { DraftInput } from '@/utils/protocol';
import type { SeriesVideoId } from '@/utils/series-ids';
import { splitTags, type NoteDraft } from './NoteEditor';

/** After a pause in typing, and at least this often while typing goes on. */
const SAVE_DRAFT_AFTER_MS = 250;
const SAVE_DRAFT_AT_LEAST_EVERY_MS = 1000;

export interface DraftSync {
  /** The draft changed here: keep it (soon), or discard it (at once; given its session, only that writing's). */
  persist(next: NoteDraft | null, session?: string): void;
  /** It was saved as a note, which discarded the stored draft: nothing waiting may be written or reported. */
  forget(): void;
  /** Local changes not yet sent. */
  readonly pending: boolean;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function toDraftInput(draft: NoteDraft, viewId: string): DraftInput {
  return {
    t: draft.t,
    text: draft.text,
    tags: splitTags(draft.tags),
    ...(draft.noteId ? { noteId: draft.noteId } : {}),
    ...(draft.noteId && draft.base !== undefined ? { base: draft.base } : {}),
    ...(!draft.noteId && draft.newNoteId ? { newNoteId: draft.newNoteId } : {}),
    ...(draft.session ? { session: draft.session } : {}),
    viewId,
  };
}

export function fromStoredDraft(stored: Draft): NoteDraft {
  return {
    t: stored.t,
    text: stored.text,
    tags: stored.tags.join(', '),
    ...(stored.noteId ? { noteId: stored.noteId, ...(stored.base !== undefined ? { base: stored.base } : {}) } : {}),
    ...(!stored.noteId ? { newNoteId: stored.newNoteId ?? crypto.randomUUID() } : {}),
    ...(stored.session !== undefined ? { session: stored.session } : {}),
  };
}

/**
 * Keeps the note being written as the video's draft in the background: after a pause, at least once a second
 * while typing goes on, and at once when the tab is hidden or closed. A failure to keep it is reported, and
 * cleared again by the next success; nothing is reported for a write overtaken by a save.
 */
export function useDraftSync(videoId: SeriesVideoId, viewId: string, report: (problem: string) => void): DraftSync {
  const latest = useRef<NoteDraft | null>(null);
  const generation = useRef(0);
  const failing = useRef(false);
  const debouncer = useRef<Debouncer | null>(null);

  const send = (draft: NoteDraft | null, session?: string) => {
    const sentIn = generation.current;
    const payload = draft ? { videoId, draft: toDraftInput(draft, viewId) } : { videoId, draft: null, ...(session ? { session } : {}) };
    sendRequest('drafts/set', payload).then(
      () => {
        if (failing.current && sentIn === generation.current) report('');
        failing.current = false;
      },
      (error: unknown) => {
        if (sentIn !== generation.current) return;
        failing.current = true;
        const orphaned = error instanceof MarginRequestError && error.details.orphaned;
        report(orphaned ? `${ORPHANED_MESSAGE} Copy it before you reload the page.` : `Margin could not keep your draft: ${describe(error)}`);
      },
    );
  };

  useEffect(() => {
    const current = createDebouncer(() => send(latest.current), SAVE_DRAFT_AFTER_MS, SAVE_DRAFT_AT_LEAST_EVERY_MS);
    debouncer.current = current;
    const flush = () => current.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') current.flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      current.flush(); // Moving to another video: keep this one's draft first.
    };
  }, [videoId]);

  return {
    persist(next, session) {
      latest.current = next;
      if (next) debouncer.current?.schedule();
      else {
        debouncer.current?.cancel();
        send(null, session);
      }
    },
    forget() {
      latest.current = null;
      generation.current += 1;
      debouncer.current?.cancel();
      if (failing.current) report('');
      failing.current = false;
    },
    get pending() {
      return debouncer.current?.pending ?? false;
    },
  };
}
