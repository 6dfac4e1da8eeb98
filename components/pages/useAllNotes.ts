import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sendRequest } from '@/utils/messaging';
import { subscribeLive } from '@/utils/live';
import { applyNoteChange, applyNoteChanges, compareNotesAcrossVideos, isDeleted, visibleNotes, type Note } from '@/utils/notes';
import { createFrameBatch } from '../frame-batch';
import { takeFirstScreen } from './first-screen';

export interface AllNotes {
  /** Every live note of the series, by video in series order, then by time. */
  notes: readonly Note[];
  /** False until the first list arrived. */
  loaded: boolean;
  /** What went wrong reaching the background, in words for the learner; '' when all is well. */
  problem: string;
  /** Shows a change the page itself just made, without waiting for its echo. */
  showNote: (note: Note) => void;
  /**
   * With `tombstones`: the deleted notes, which a backup carries and the list does not show, kept current like the
   * list (read once the list is in, then changed by each pushed change). Rejects when they could not be read.
   */
  tombstones: () => Promise<Note[]>;
}

/** Puts a pushed change into a set of tombstones: a later deletion joins it, a later live version leaves it. */
export function applyTombstone(tombstones: Map<string, Note>, change: Note): void {
  const known = tombstones.get(change.id);
  if (known && known.updatedAt >= change.updatedAt) return;
  if (isDeleted(change)) tombstones.set(change.id, change);
  else tombstones.delete(change.id);
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

const apply = (notes: readonly Note[], change: Note) => applyNoteChange(notes, change, compareNotesAcrossVideos);

/**
 * The learner's notes across the series, kept current by the background's live push (the notebook, the
 * popup): fetched whenever the subscription is (re)confirmed, then changed by each pushed change. Never polled.
 */
export function useAllNotes({ firstScreen, tombstones: withTombstones = false }: { firstScreen?: number; tombstones?: boolean } = {}): AllNotes {
  const [notes, setNotes] = useState<readonly Note[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState('');
  // Not state: nothing on screen shows them.
  const tombs = useRef({
    known: new Map<string, Note>(),
    /** Changes shown while a reading of the tombstones is on its way: applied to it again when it lands. */
    arriving: null as Note[] | null,
    ready: null as Promise<void> | null,
    fetch: () => Promise.resolve(),
  });

  // A layout effect: the first screen's answer, asked for early, is shown the moment it arrives, and the live
  // subscription starts with the first render rather than after its paint.
  useLayoutEffect(() => {
    const controller = new AbortController();
    // Changes pushed while a list is on its way: the list may have been read before them, so they are applied
    // to it again when it lands (applyNoteChange ignores what the list already holds). Only the latest
    // request's list is shown, however the answers cross.
    let latest = 0;
    let arrivedDuringFetch: Note[] | null = null;
    let everLoaded = false;
    // Before the first full list, a view with many notes shows its first screen from a short answer that the
    // background reads without touching the rest (`notes/list-first`), asked at once rather than after the live
    // connection is confirmed; the full list is asked once it is in (so that the background reads and sends the
    // short answer first) and replaces it. Changes pushed meanwhile are applied to the first screen too.
    let pushedBeforeLoad: Note[] = [];
    // The tombstones come with each full list (read with it: a second reading of every note, just after the
    // notebook's first paint, kept the background busy about 300 ms with 10,000 notes), and are asked for again
    // on their own by an export that finds them unread or failed. Changes pushed while either is on its way are
    // applied to them again when it lands.
    let latestTombstones = 0;
    const takeTombstones = (list: readonly Note[], changes: readonly Note[]) => {
      latestTombstones += 1; // a reading on its own still on its way is older than this one
      const known = new Map<string, Note>();
      for (const note of list) if (isDeleted(note)) known.set(note.id, note);
      for (const change of changes) applyTombstone(known, change);
      Object.assign(tombs.current, { known, arriving: null, ready: Promise.resolve() });
    };
    const fetchTombstones = (): Promise<void> => {
      const request = ++latestTombstones;
      const state = tombs.current;
      state.arriving = [];
      const ready = sendRequest('backup/get', {}).then(({ tombstones }) => {
        if (request !== latestTombstones) return;
        const known = new Map<string, Note>();
        for (const note of tombstones) known.set(note.id, note);
        for (const change of state.arriving ?? []) applyTombstone(known, change);
        state.known = known;
        state.arriving = null;
      });
      ready.catch(() => {
        if (request === latestTombstones) state.arriving = null;
      });
      state.ready = ready;
      return ready;
    };
    tombs.current.fetch = fetchTombstones;
    const firstScreenShown: Promise<void> = firstScreen
      ? takeFirstScreen(firstScreen).then(
          ({ notes: first, complete }) => {
            if (controller.signal.aborted || everLoaded) return;
            setNotes(applyNoteChanges(first, pushedBeforeLoad, compareNotesAcrossVideos));
            if (complete) setLoaded(true);
          },
          () => undefined, // the full list reports any trouble
        )
      : Promise.resolve();
    const refetch = async () => {
      const request = ++latest;
      arrivedDuringFetch = [];
      try {
        if (!everLoaded) await firstScreenShown;
        const list = await sendRequest('notes/list-all', withTombstones ? { deleted: true } : {});
        if (controller.signal.aborted || request !== latest) return;
        const changes = arrivedDuringFetch ?? [];
        setNotes(applyNoteChanges(visibleNotes(list, compareNotesAcrossVideos), changes, compareNotesAcrossVideos));
        if (withTombstones) takeTombstones(list, changes);
        everLoaded = true;
        pushedBeforeLoad = [];
        setLoaded(true);
        setProblem('');
      } catch (error) {
        if (!controller.signal.aborted && request === latest) setProblem(`Margin could not load your notes: ${describe(error)}`);
      } finally {
        if (request === latest) arrivedDuringFetch = null;
      }
    };
    // Pushed changes are applied together, once per frame at most.
    const batch = createFrameBatch<Note>((changes) =>
      setNotes((current) => applyNoteChanges(current, changes, compareNotesAcrossVideos)),
    );
    subscribeLive(
      { all: true },
      (update) => {
        if (update.type === 'resync') void refetch();
        else if (update.type === 'notes/changed') {
          arrivedDuringFetch?.push(update.note);
          tombs.current.arriving?.push(update.note);
          applyTombstone(tombs.current.known, update.note);
          if (!everLoaded) pushedBeforeLoad.push(update.note);
          batch.push(update.note);
        }
      },
      controller.signal,
    );
    return () => {
      controller.abort();
      batch.cancel();
    };
  }, []);

  const showNote = (note: Note) => {
    tombs.current.arriving?.push(note);
    applyTombstone(tombs.current.known, note);
    setNotes((current) => apply(current, note));
  };
  const tombstones = async (): Promise<Note[]> => {
    const state = tombs.current;
    // Read again when never read or when the last reading failed.
    await (state.ready ?? state.fetch()).catch(() => state.fetch());
    return [...tombs.current.known.values()];
  };
  return { notes, loaded, problem, showNote, tombstones };
}
