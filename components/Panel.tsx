import type { SeriesVideo } from '@/utils/catalog';
import type { SeriesIndex } from '@/utils/series-index';
import type { Note } from '@/utils/notes';
import type { PanelTab, Settings } from '@/utils/settings';
import type { LessonClock } from '@/utils/lesson-clock';
import { PanelHeader } from './PanelHeader';
import { Tabs, type TabSpec } from './Tabs';
import { KeyMoments } from './KeyMoments';
import { usePanelPart } from './parts/usePanelPart';
import type { GlossaryPart, NotesPart } from './parts/panel-part-types';
import { SettingsBox } from './SettingsBox';
import type { NoteWriting } from './notes/useNoteWriting';
import type { WatchProgress } from './useWatchProgress';
import { useEffect, useRef } from 'preact/hooks';
import { sendRequest } from '@/utils/messaging';
import type { MarginPage } from '@/utils/protocol';
import { useCourse } from './useCourse';

interface Props {
  video: SeriesVideo;
  /** The nine lessons in brief (titles, terms), for the header and cross-chapter links. */
  series: SeriesIndex;
  player: LessonClock;
  navigate: (href: string) => void;
  settings: Settings;
  onSettingsChange: (change: Partial<Settings>) => void;
  notes: readonly Note[];
  /** False while the lesson's notes are on their way. */
  notesLoaded: boolean;
  writing: NoteWriting;
  showNote: (note: Note) => void;
  /** The last problem to tell the learner about ('' for none), and how to set it. */
  status: string;
  report: (status: string) => void;
  watch: WatchProgress;
}

const TABS: readonly TabSpec<PanelTab>[] = [
  { id: 'moments', label: 'Key moments' },
  { id: 'glossary', label: 'Glossary' },
  { id: 'notes', label: 'Notes' },
];

/** The side panel: where the learner is in the series, and the lesson's key moments, glossary and notes. */
export function Panel({ video, series, player, navigate, settings, onSettingsChange, notes, notesLoaded, writing, showNote, status, report, watch }: Props) {
  const jump = (t: number) => {
    if (player.seek(t)) return report('');
    report(player.isAdPlaying() ? 'An ad is playing: jump again when it ends.' : 'The video is still loading: jump again in a moment.');
  };
  const collapsed = settings.panelCollapsed;
  const duration = player.duration() ?? video.durationSeconds;
  // After a link in the panel opened another chapter, focus goes to that chapter's heading: the link the learner
  // pressed is gone (or points elsewhere now), and the page's top is not where they were.
  const root = useRef<HTMLElement>(null);
  const course = useCourse(video.videoId);
  const openPage = (page: MarginPage) => {
    sendRequest('pages/open', { page }).catch(() => report(`Margin could not open its ${page} page.`));
  };
  // The glossary and notes tabs are parts of their own, loaded the first time they are shown.
  const tab = collapsed ? null : settings.activeTab;
  const glossary = usePanelPart<GlossaryPart>('glossary', tab === 'glossary');
  const notesTab = usePanelPart<NotesPart>('notes', tab === 'notes');
  const headingAfterNavigation = useRef(false);
  const navigateFromPanel = (href: string) => {
    headingAfterNavigation.current = true;
    navigate(href);
  };
  useEffect(() => {
    if (!headingAfterNavigation.current) return;
    headingAfterNavigation.current = false;
    root.current?.querySelector<HTMLElement>('h2.title')?.focus();
  }, [video.videoId]);
  return (
    <aside class="panel" aria-label="Margin" ref={root}>
      <PanelHeader
        video={video}
        series={series}
        collapsed={collapsed}
        onToggleCollapsed={() => onSettingsChange({ panelCollapsed: !collapsed })}
        navigate={navigateFromPanel}
        bodyId="margin-body"
        recorded={watch.progress}
        duration={duration}
        resumeAt={watch.resumeAt}
        onResume={(t) => {
          jump(t);
          watch.dismissResume();
        }}
        onDismissResume={watch.dismissResume}
        course={course}
        onOpenNotebook={() => openPage('notebook')}
      />
      <div id="margin-body" hidden={collapsed}>
        {!collapsed && (
          <Tabs tabs={TABS} selected={settings.activeTab} onSelect={(activeTab) => onSettingsChange({ activeTab })} idPrefix="margin">
            {settings.activeTab === 'moments' && (
              <KeyMoments chapters={video.chapters} player={player} onJump={jump} source={video.chaptersSource} />
            )}
            {settings.activeTab === 'glossary' &&
              (glossary.part ? (
                <glossary.part.Glossary video={video} series={series} player={player} onJump={jump} navigate={navigateFromPanel} onOpenSeriesGlossary={() => openPage('glossary')} />
              ) : (
                <PartProblem problem={glossary.problem} />
              ))}
            {settings.activeTab === 'notes' &&
              (notesTab.part ? (
                <notesTab.part.NotesTab notes={notes} loaded={notesLoaded} player={player} writing={writing} onJump={jump} showNote={showNote} report={report} />
              ) : (
                <PartProblem problem={notesTab.problem} />
              ))}
          </Tabs>
        )}
        <SettingsBox settings={settings} onChange={onSettingsChange} />
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </aside>
  );
}

/** In place of a tab whose part is on its way (a few milliseconds: nothing to say) or could not be loaded. */
function PartProblem({ problem }: { problem: string }) {
  return problem ? <p class="empty">{problem}</p> : null;
}
