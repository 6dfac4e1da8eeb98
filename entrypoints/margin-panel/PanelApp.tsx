import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLessonCatalog } from '@/components/useLessonCatalog';
import type { SeriesVideoId } from '@/utils/series-ids';
import { Panel } from '@/components/Panel';
import { FloatingFrame } from '@/components/FloatingFrame';
import { usePanelData } from '@/components/usePanelData';
import { useNoteWriting, type NoteWriting } from '@/components/notes/useNoteWriting';
import { usePanelPart } from '@/components/parts/usePanelPart';
import type { NotesPart } from '@/components/parts/panel-part-types';
import { useWatchProgress } from '@/components/useWatchProgress';
import type { LessonClock } from '@/utils/lesson-clock';
import type { PanelCommands } from './commands';
import type { ProgressMarkers } from './progress-markers';
import { lessonBarMarkers } from '@/utils/marker-layout';
import { closedRootOf } from '@/utils/closed-roots';

interface Props {
  videoId: SeriesVideoId;
  player: LessonClock;
  navigate: (href: string) => void;
  commands: PanelCommands;
  /** Where the compact editor shows inside the player while the side panel is hidden (fullscreen). */
  overlayRoot: (showing?: boolean) => HTMLElement | null;
  /** Ticks on YouTube's progress bar for this lesson's key moments, notes and (if wanted) glossary terms. */
  markers: ProgressMarkers;
  /** The page offers no column for the panel: it floats in a corner of the window (see placement.ts). */
  floating: boolean;
  /**
   * A touch screen (the phone site, a coarse pointer): no keyboard shortcut to add a note in fullscreen (Firefox for
   * Android has no extension commands), so the player shows an "Add note" button there instead.
   */
  touch?: boolean;
}

function useFullscreen(): boolean {
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const update = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  return fullscreen;
}

/** The page's focused element (the player, say) to give focus back to after a note; null when nothing was. */
function focusedOnPage(): HTMLElement | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body || active.shadowRoot || closedRootOf(active)) return null;
  return active;
}

/** Binds the panel to the catalog, the learner's data in the background, and the add-note command. */
export function PanelApp({ videoId, player, navigate, commands, overlayRoot, markers, floating, touch = false }: Props) {
  const { video, series, problem: catalogProblem } = useLessonCatalog(videoId);
  // Drafts pushed by the background go to the writing below, which exists only after this line.
  const receiveDraft = useRef<NoteWriting['receiveDraft']>(() => undefined);
  const data = usePanelData(videoId, (draft, discarded, session) => receiveDraft.current(draft, discarded, session));
  const [status, setStatus] = useState('');
  const writing = useNoteWriting({
    videoId,
    player,
    pauseWhileWriting: data.settings?.pauseWhileWriting ?? true,
    notes: data.notes,
    showNote: data.showNote,
    report: setStatus,
  });
  receiveDraft.current = writing.receiveDraft;
  const fullscreen = useFullscreen();
  const glossaryTicks = data.settings?.glossaryTicks ?? false;
  // An effect, not a layout effect: the list waits for the panel's paint (the ticks draw their first list at the
  // next frame or the clock's next change, not during a render: see progress-markers.ts).
  useEffect(() => {
    if (video) markers.set(lessonBarMarkers(video, data.notes, { terms: glossaryTicks }));
  }, [markers, video, data.notes, glossaryTicks]);
  const watch = useWatchProgress(videoId, player, video?.durationSeconds ?? 0);

  // The add-note command (a keyboard shortcut the browser delivers even while YouTube has focus).
  const latest = useRef({ writing, data, fullscreen });
  latest.current = { writing, data, fullscreen };
  const addNoteNow = useRef(() => {
    const { writing: w, data: d, fullscreen: fs } = latest.current;
    if (!fs && d.settings && (d.settings.panelCollapsed || d.settings.activeTab !== 'notes')) {
      d.changeSettings({ panelCollapsed: false, activeTab: 'notes' });
    }
    const t = player.lessonTime();
    if (!w.draft && t !== null) w.start({ t: Math.floor(t), text: '', tags: '' }, focusedOnPage());
  }).current;
  useEffect(() => commands.onAddNote(addNoteNow), [commands, addNoteNow]);

  // The popup's note times seek this tab's lesson in place.
  useEffect(() => commands.onSeek((t) => player.seek(t)), [commands, player]);

  // In fullscreen the side panel cannot be seen: the note being written shows inside the player instead.
  // On a touch screen, with no note being written, the player offers the button the shortcut stands for elsewhere.
  // Both are in the notes part (loaded the first time they are needed).
  const { part: notesPart } = usePanelPart<NotesPart>('notes', fullscreen && (writing.draft !== null || touch));
  const overlay =
    !fullscreen || !notesPart ? null : writing.draft ? <notesPart.NoteOverlay writing={writing} /> : touch ? <notesPart.AddNoteInPlayer onAdd={addNoteNow} /> : null;
  // A layout effect, so the overlay's editor never lags a frame behind what was typed into it. It is placed in the
  // player (which reads the player's layout) only when it shows something: not on each of the panel's renders,
  // where that read forced a layout of YouTube's page mid-load.
  useLayoutEffect(() => {
    const root = overlayRoot(overlay !== null);
    if (root) render(overlay, root);
  });
  useEffect(() => () => {
    const root = overlayRoot();
    if (root) render(null, root);
  }, []);

  if (!data.settings) return null;
  if (!video || !series) {
    // Nothing to show but why, if the lesson's catalog could not be had (the background did not answer).
    return catalogProblem ? (
      <FloatingFrame floating={floating}>
        <aside class="panel" aria-label="Margin">
          <p class="status" role="status">{catalogProblem}</p>
        </aside>
      </FloatingFrame>
    ) : null;
  }
  return (
    <FloatingFrame floating={floating}>
      <Panel
        video={video}
        series={series}
        player={player}
        navigate={navigate}
        settings={data.settings}
        onSettingsChange={data.changeSettings}
        notes={data.notes}
        notesLoaded={data.notesLoaded}
        writing={writing}
        showNote={data.showNote}
        status={status || data.problem}
        report={setStatus}
        watch={watch}
      />
    </FloatingFrame>
  );
}
