import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sendRequest } from '@/utils/messaging';
import { subscribeLive } from '@/utils/live';
import { applyNoteChange, applyNoteChanges, visibleNotes, type Draft, type Note } from '@/utils/notes';
import { createFrameBatch } from './frame-batch';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { SeriesVideoId } from '@/utils/series-ids';

export interface PanelData {
  /** Null until the background has answered once. */
  settings: Settings | null;
  notes: readonly Note[];
  /** False until this video's notes have arrived (until then `notes` is empty without meaning "no notes"). */
  notesLoaded: boolean;
  /** What went wrong reaching the background, in words for the learner; '' when all is well. */
  problem: string;
  changeSettings: (change: Partial<Settings>) => void;
  /** Shows a note the view itself just wrote, without waiting for its echo. */
  showNote: (note: Note) => void;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The settings this panel last knew. Settings decide what the panel paints first (collapsed, which tab), so the
 * panel asks for them as soon as a lesson is recognised (`prefetchSettings`), long before YouTube has built the
 * column it goes in, and paints from them at once; each later answer or push keeps them current.
 */
let knownSettings: Settings | null = null;
let settingsOnTheirWay: Promise<Settings | null> | undefined;

/**
 * The settings, asked for once (a panel that mounts before they arrive paints as soon as they do). `asked`: the
 * same request, already sent by someone else (the content script, with the panel's code).
 */
export function prefetchSettings(asked?: Promise<Settings>): Promise<Settings | null> {
  if (knownSettings) return Promise.resolve(knownSettings);
  settingsOnTheirWay ??= (asked ?? sendRequest('settings/get', {})).then(
    (settings) => (knownSettings ??= settings),
    () => {
      settingsOnTheirWay = undefined;
      return null; // The panel's own request reports what went wrong.
    },
  );
  return settingsOnTheirWay;
}

/** Receives the video's draft as another panel of it wrote or discarded it. */
export type DraftListener = (draft: Draft | null, discarded?: string, discardedSession?: string) => void;

/**
 * The learner's settings and this video's notes, kept current by the background's live push: brought by each
 * confirmation of the subscription (or fetched then, should the confirmation come without them), then changed by
 * each pushed change. Never polled. The settings alone are enough to paint the panel: they come first, from the
 * prefetch, without waiting for the notes (a lesson may hold a thousand).
 */
export function usePanelData(videoId: SeriesVideoId, onDraft: DraftListener = () => undefined): PanelData {
  const draftListener = useRef(onDraft);
  draftListener.current = onDraft;
  const [settings, setSettingsState] = useState<Settings | null>(() => knownSettings);
  const setSettings = (next: Settings | null | ((current: Settings | null) => Settings | null)) =>
    setSettingsState((current) => {
      const value = typeof next === 'function' ? next(current) : next;
      if (value) knownSettings = value;
      return value;
    });
  const [notes, setNotes] = useState<readonly Note[]>([]);
  const [notesLoaded, setNotesLoaded] = useState(false);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    if (settings) return undefined;
    let live = true;
    void prefetchSettings().then((prefetched) => {
      if (live && prefetched) setSettings((current) => current ?? prefetched);
    });
    return () => {
      live = false;
    };
  }, []);

  // A layout effect: the subscription that brings the notes starts with the panel's first render, not a frame later.
  useLayoutEffect(() => {
    const controller = new AbortController();
    setNotes([]);
    setNotesLoaded(false);
    const show = (fresh: Settings, list: readonly Note[]) => {
      setSettings(fresh);
      setNotes(visibleNotes(list));
      setNotesLoaded(true);
      setProblem('');
    };
    const refetch = async () => {
      try {
        const [fresh, list] = await Promise.all([sendRequest('settings/get', {}), sendRequest('notes/list', { videoId })]);
        if (!controller.signal.aborted) show(fresh, list);
      } catch (error) {
        if (controller.signal.aborted) return;
        setSettings((current) => current ?? { ...DEFAULT_SETTINGS });
        setNotesLoaded(true);
        setProblem(`Margin could not load your notes: ${describe(error)}`);
      }
    };
    // Pushed changes are applied together, once per frame at most.
    const batch = createFrameBatch<Note>((changes) => setNotes((current) => applyNoteChanges(current, changes)));
    subscribeLive(
      { videoId },
      (update) => {
        if (update.type === 'resync') {
          if (update.lesson) show(update.lesson.settings, update.lesson.notes);
          else void refetch();
        }
        else if (update.type === 'settings/changed') setSettings(update.settings);
        else if (update.type === 'drafts/changed') {
          if (update.videoId === videoId) draftListener.current(update.draft, update.discarded, update.discardedSession);
        } else if (update.type === 'notes/changed' && update.videoId === videoId) {
          batch.push(update.note);
        }
      },
      controller.signal,
      { withNotes: true },
    );
    return () => {
      controller.abort();
      batch.cancel();
    };
  }, [videoId]);

  const changeSettings = (change: Partial<Settings>) => {
    setSettings((current) => ({ ...(current ?? DEFAULT_SETTINGS), ...change }));
    sendRequest('settings/set', change).then(
      (saved) => setSettings(saved),
      (error: unknown) => setProblem(`Margin could not save this setting: ${describe(error)}`),
    );
  };
  const showNote = (note: Note) => setNotes((current) => applyNoteChange(current, note));

  return { settings, notes, notesLoaded, problem, changeSettings, showNote };
}
