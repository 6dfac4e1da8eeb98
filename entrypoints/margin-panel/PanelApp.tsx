import { getSeriesVideo } from '@/utils/catalog';
import { Panel } from '@/components/Panel';
import { usePanelSettings } from '@/components/usePanelSettings';
import type { LessonPlayer } from './player';

interface Props {
  videoId: string;
  player: LessonPlayer;
  navigate: (href: string) => void;
}

/** Binds the panel to the catalog and to the learner's settings. */
export function PanelApp({ videoId, player, navigate }: Props) {
  const [settings, changeSettings] = usePanelSettings();
  const video = getSeriesVideo(videoId);
  if (!video) return null;
  return <Panel video={video} player={player} navigate={navigate} settings={settings} onSettingsChange={changeSettings} />;
}
