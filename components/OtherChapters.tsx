import { useEffect, useState } from 'preact/hooks';
import { isSeriesVideoId } from '@/utils/series-ids';
import { prefetchLesson } from './useLessonCatalog';
import type { PlacedEntry } from '@/utils/glossary';
import type { IndexedVideo } from '@/utils/series-index';
import { formatTime } from '@/utils/time';
import { SeriesLink, watchUrl } from './SeriesLink';

interface Props {
  term: string;
  /** The same idea as other chapters explain it, in series order. */
  others: readonly PlacedEntry<IndexedVideo>[];
  navigate: (href: string) => void;
}

/**
 * Reads what other chapters say about a term without leaving the lesson: a toggle that shows their definitions
 * in place, each with a link that then goes there.
 */
export function OtherChapters({ term, others, navigate }: Props) {
  const [open, setOpen] = useState(false);
  // The panel holds only its own lesson's definitions: the other chapters' are asked of the background on open.
  const [definitions, setDefinitions] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!open) return undefined;
    let live = true;
    for (const { entry, video } of others) {
      if (!isSeriesVideoId(video.videoId)) continue;
      prefetchLesson(video.videoId).then(
        (lesson) => {
          const definition = lesson.glossary.find((candidate) => candidate.id === entry.id)?.definition;
          if (live && definition) setDefinitions((current) => new Map(current).set(entry.id, definition));
        },
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [open, others.map(({ entry }) => entry.id).join(' ')]);
  if (others.length === 0) return null;
  return (
    <div class="other-chapters">
      <button type="button" class="link" aria-expanded={open ? 'true' : 'false'} onClick={() => setOpen(!open)}>
        {open ? 'Hide' : 'Read'} other chapters<span class="visually-hidden"> on {term}</span>
      </button>
      {open && (
        <ul class="other-definitions">
          {others.map(({ entry, video }) => (
            <li key={entry.id}>
              <p class="definition-other">
                <strong>Chapter {video.order}:</strong> {definitions.get(entry.id) ?? '…'}
              </p>
              <SeriesLink href={watchUrl(video.videoId, entry.t)} navigate={navigate}>
                Go to Chapter {video.order} at {formatTime(entry.t)}
                <span class="visually-hidden">, {entry.term}</span>
              </SeriesLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
