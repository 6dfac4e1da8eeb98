import { useEffect, useRef, useState } from 'preact/hooks';
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

export function prefetchSettings(asked?: Promise<Settings>): Promise<unknown> {
  if (knownSettings) return Promise.resolve();
  return (asked ?? sendRequest('settings/get', {})).then(
    (settings) => {
      knownSettings ??= settings;
    },
    () => undefined, // The panel's own request reports what went wrong.
  );
}

/** Receives the video's draft as another panel of it wrote or discarded it. */
export type DraftListener = (draft: Draft | null, discarded?: string, discardedSession?: string) => void;

/**
 * The learner's settings and this video's notes, kept current by the background's live push: fetched whenever
 * the subscription is (re)confirmed, then changed by each pushed change. Never polled.
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
  const [problem, setProblem] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    setNotes([]);
    const refetch = async () => {
      try {
        const [fresh, list] = await Promise.all([sendRequest('settings/get', {}), sendRequest('notes/list', { videoId })]);
        if (controller.signal.aborted) return;
        setSettings(fresh);
        setNotes(visibleNotes(list));
        setProblem('');
      } catch (error) {
        if (controller.signal.aborted) return;
        setSettings((current) => current ?? { ...DEFAULT_SETTINGS });
        setProblem(`Margin could not load your notes: ${describe(error)}`);
      }
    };
    // Pushed changes are applied together, once per frame at most.
    const batch = createFrameBatch<Note>((changes) => setNotes((current) => applyNoteChanges(current, changes)));
    subscribeLive(
      { videoId },
      (update) => {
        if (update.type === 'resync') void refetch();
        else if (update.type === 'settings/changed') setSettings(update.settings);
        else if (update.type === 'drafts/changed') {
          if (update.videoId === videoId) draftListener.current(update.draft, update.discarded, update.discardedSession);
        } else if (update.type === 'notes/changed' && update.videoId === videoId) {
          batch.push(update.note);
        }
      },
      controller.signal,
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

  return { settings, notes, problem, changeSettings, showNote };
}
