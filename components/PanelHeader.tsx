import type { SeriesVideo } from '@/utils/catalog';
import { seriesNeighbours, type SeriesIndex } from '@/utils/series-index';
import { formatTime } from '@/utils/time';
import { SeriesLink, watchUrl } from './SeriesLink';
import type { Course } from '@/utils/course';
import { FINISHED_SHARE } from '@/utils/course';
import { fractionWatched } from '@/utils/watch-ranges';
import { useRecordedProgress, type RecordedProgress } from './useWatchProgress';

interface Props {
  video: SeriesVideo;
  series: SeriesIndex;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  navigate: (href: string) => void;
  bodyId: string;
  /** What was recorded of this video: the share watched is drawn from it and the video's length. */
  recorded: RecordedProgress;
  duration: number;
  resumeAt: number | null;
  onResume: (t: number) => void;
  onDismissResume: () => void;
  /** Where the learner is in the series (null until known). */
  course: Course | null;
  onOpenNotebook: () => void;
}

export function PanelHeader({ video, series, collapsed, onToggleCollapsed, navigate, bodyId, recorded, duration, resumeAt, onResume, onDismissResume, course, onOpenNotebook }: Props) {
  const { previous, next } = seriesNeighbours(series, video.videoId);
  const watched: number | null = fractionWatched(useRecordedProgress(recorded)?.watched ?? [], duration);
  const finishedHere = watched !== null && watched >= FINISHED_SHARE;
  // Once this chapter is finished, the next unfinished one of the series is one press away.
  const continueTo = finishedHere && course?.next && course.next.video.videoId !== video.videoId ? course.next : null;
  return (
    <header class="header">
      <div class="header-row">
        <p class="brand">Margin</p>
        <p class="position">
          Chapter {video.order} of {series.length}
        </p>
        {course && course.finishedCount > 0 && <p class="course">· {course.finishedCount} finished</p>}
        <button type="button" class="link open-notebook" onClick={onOpenNotebook}>
          Notebook<span class="visually-hidden"> (opens Margin's notebook in a new tab)</span>
        </button>
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
      <h2 class="title" tabIndex={-1}>
        {video.title}
      </h2>
      {watched !== null && (
        <p class="watched">
          <span class="watched-bar" aria-hidden="true">
            <span style={{ width: `${Math.round(watched * 100)}%` }} />
          </span>
          {finishedHere
            ? `Finished · ${Math.round(watched * 100)}% watched`
            : `${watched > 0 && watched < 0.01 ? 'Under 1' : Math.round(watched * 100)}% of this chapter watched`}
        </p>
      )}
      {continueTo && !collapsed && (
        <p class="continue-next">
          <SeriesLink href={watchUrl(continueTo.video.videoId, continueTo.resumeAt)} navigate={navigate} class="primary button-link">
            Continue: Chapter {continueTo.video.order}
            {continueTo.resumeAt > 0 ? ` at ${formatTime(continueTo.resumeAt)}` : ''}
          </SeriesLink>
        </p>
      )}
      {resumeAt !== null && (
        <p class="resume">
          <button type="button" class="primary" onClick={() => onResume(resumeAt)}>
            Resume at {formatTime(resumeAt)}
          </button>
          <button type="button" class="link" onClick={onDismissResume}>
            Start from here
          </button>
        </p>
      )}
      {!collapsed && (
        <nav class="series-nav" aria-label="Series">
          {previous && (
            <SeriesLink
              href={watchUrl(previous.videoId)}
              navigate={navigate}
              rel="prev"
              class="prev"
              label={`Previous: Chapter ${previous.order}, ${previous.title}`}
            >
              ← Chapter {previous.order}
            </SeriesLink>
          )}
          {next && (
            <SeriesLink
              href={watchUrl(next.videoId)}
              navigate={navigate}
              rel="next"
              class="next"
              label={`Next: Chapter ${next.order}, ${next.title}`}
            >
              Chapter {next.order} →
            </SeriesLink>
          )}
        </nav>
      )}
    </header>
  );
}
