import { SERIES, seriesNeighbours, type SeriesVideo } from '@/utils/catalog';
import { SeriesLink, watchUrl } from './SeriesLink';

interface Props {
  video: SeriesVideo;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  navigate: (href: string) => void;
  bodyId: string;
}

export function PanelHeader({ video, collapsed, onToggleCollapsed, navigate, bodyId }: Props) {
  const { previous, next } = seriesNeighbours(video.videoId);
  return (
    <header class="header">
      <div class="header-row">
        <p class="position">
          Chapter {video.order} of {SERIES.length}
        </p>
        <button
          type="button"
          class="collapse"
          aria-expanded={collapsed ? 'false' : 'true'}
          aria-controls={bodyId}
          onClick={onToggleCollapsed}
        >
          {collapsed ? 'Show' : 'Hide'}
          <span class="visually-hidden"> Margin</span>
        </button>
      </div>
      <h2 class="title">{video.title}</h2>
      {!collapsed && (
        <nav class="series-nav" aria-label="Series">
          {previous && (
            <SeriesLink href={watchUrl(previous.videoId)} navigate={navigate} rel="prev" class="prev">
              <span aria-hidden="true">← </span>
              <span class="visually-hidden">Previous: </span>Chapter {previous.order}
              <span class="visually-hidden">, {previous.title}</span>
            </SeriesLink>
          )}
          {next && (
            <SeriesLink href={watchUrl(next.videoId)} navigate={navigate} rel="next" class="next">
              <span class="visually-hidden">Next: </span>Chapter {next.order}
              <span class="visually-hidden">, {next.title}</span>
              <span aria-hidden="true"> →</span>
            </SeriesLink>
          )}
        </nav>
      )}
    </header>
  );
}
