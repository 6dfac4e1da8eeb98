import { watchUrl } from '@/components/SeriesLink';
import { SERIES_OUTLINE } from '@/utils/series-outline';
import { FINISHED_SHARE } from '@/utils/course';

interface Props {
  /** Share watched of each video, 0 to 1, by id (missing until known). */
  watched: ReadonlyMap<string, number>;
  /** Number of notes on each video, by id. */
  noteCounts: ReadonlyMap<string, number>;
  /** The video open in the active tab, marked as the current one. */
  currentVideoId: string | null;
}

function watchedText(share: number | undefined): string {
  if (share === undefined) return '';
  if (share === 0) return '';
  if (share >= FINISHED_SHARE) return '✓ Finished';
  if (share < 0.01) return 'Under 1% watched';
  return `${Math.round(share * 100)}% watched`;
}

/**
 * The nine videos, each a link that opens it on YouTube, with how far the learner got (finished ones marked)
 * and how many notes; a chapter not started and without notes says nothing more.
 */
export function SeriesList({ watched, noteCounts, currentVideoId }: Props) {
  return (
    <ol class="series">
      {SERIES_OUTLINE.map((video) => {
        const share = watched.get(video.videoId);
        const count = noteCounts.get(video.videoId) ?? 0;
        return (
          <li key={video.videoId}>
            <a
              class={share !== undefined && share >= FINISHED_SHARE ? 'finished' : undefined}
              href={watchUrl(video.videoId)}
              target="_blank"
              rel="noopener noreferrer"
              aria-current={video.videoId === currentVideoId ? 'page' : undefined}
            >
              <span class="order">{video.order}</span>
              <span>{video.title}</span>
              <span class="meta">
                {share !== undefined && share > 0 && (
                  <span class="watched-bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(share * 100)}%` }} />
                  </span>
                )}
                <span>{[watchedText(share), count === 0 ? '' : count === 1 ? '1 note' : `${count} notes`].filter(Boolean).join(' · ')}</span>
              </span>
            </a>
          </li>
        );
      })}
    </ol>
  );
}
