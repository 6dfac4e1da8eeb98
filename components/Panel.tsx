import { useState } from 'preact/hooks';
import type { SeriesVideo } from '@/utils/catalog';
import type { LessonPlayer } from '@/entrypoints/margin-panel/player';
import { PanelHeader } from './PanelHeader';
import { Tabs, type TabSpec } from './Tabs';
import { KeyMoments } from './KeyMoments';
import { Glossary } from './Glossary';
import type { PanelSettings, PanelTab } from './usePanelSettings';

interface Props {
  video: SeriesVideo;
  player: LessonPlayer;
  navigate: (href: string) => void;
  settings: PanelSettings;
  onSettingsChange: (change: Partial<PanelSettings>) => void;
}

const TABS: readonly TabSpec<PanelTab>[] = [
  { id: 'moments', label: 'Key moments' },
  { id: 'glossary', label: 'Glossary' },
  { id: 'notes', label: 'Notes' },
];

/** The side panel: where the learner is in the series, and the lesson's key moments, glossary and notes. */
export function Panel({ video, player, navigate, settings, onSettingsChange }: Props) {
  const [status, setStatus] = useState('');
  const jump = (t: number) => setStatus(player.seek(t) ? '' : 'An ad is playing: jump again when it ends.');
  const collapsed = settings.panelCollapsed;
  return (
    <aside class="panel" aria-label="Margin">
      <PanelHeader
        video={video}
        collapsed={collapsed}
        onToggleCollapsed={() => onSettingsChange({ panelCollapsed: !collapsed })}
        navigate={navigate}
        bodyId="margin-body"
      />
      <div id="margin-body" hidden={collapsed}>
        {!collapsed && (
          <Tabs tabs={TABS} selected={settings.activeTab} onSelect={(activeTab) => onSettingsChange({ activeTab })} idPrefix="margin">
            {settings.activeTab === 'moments' && (
              <KeyMoments chapters={video.chapters} player={player} onJump={jump} source={video.chaptersSource} />
            )}
            {settings.activeTab === 'glossary' && <Glossary video={video} player={player} onJump={jump} navigate={navigate} />}
            {settings.activeTab === 'notes' && <p class="empty">Notes are coming soon.</p>}
          </Tabs>
        )}
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </aside>
  );
}
