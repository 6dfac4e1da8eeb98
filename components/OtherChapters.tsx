import { useState } from 'preact/hooks';
import type { PlacedEntry } from '@/utils/glossary';
import { formatTime } from '@/utils/time';
import { SeriesLink, watchUrl } from './SeriesLink';

interface Props {
  term: string;
  /** The same idea as other chapters explain it, in series order. */
  others: readonly PlacedEntry[];
  navigate: (href: string) => void;
}

/**
 * Reads what other chapters say about a term without leaving the lesson: a toggle that shows their definitions
 * in place, each with a link that then goes there.
 */
export function OtherChapters({ term, others, navigate }: Props) {
  const [open, setOpen] = useState(false);
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
                <strong>Chapter {video.order}:</strong> {entry.definition}
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
