import type { PlacedEntry } from '@/utils/glossary';
import type { SeriesIdea } from '@/utils/series-glossary';
import { formatTime } from '@/utils/time';
import { watchUrl } from '@/components/SeriesLink';

/** "Watch at 1:52 in Chapter 5": a link that opens YouTube at that second, in a new tab. */
function WatchAt({ placed, short = false }: { placed: PlacedEntry; short?: boolean }) {
  const { entry, video } = placed;
  return (
    <a href={watchUrl(video.videoId, entry.t)} target="_blank" rel="noopener noreferrer">
      {short ? `Chapter ${video.order} at ${formatTime(entry.t)}` : `Watch at ${formatTime(entry.t)} in Chapter ${video.order}`}
      <span class="visually-hidden"> on YouTube (new tab)</span>
    </a>
  );
}

/** One idea of the series: its term and definition where it is first explained, and the other chapters using it. */
export function SeriesTerm({ idea, placed = idea.first }: { idea: SeriesIdea; placed?: PlacedEntry }) {
  const elsewhere = [idea.first, ...idea.others].filter((other) => other !== placed);
  const headingId = `term-${placed.entry.id}`;
  return (
    <article class="series-term" aria-labelledby={headingId}>
      <h3 id={headingId}>{placed.entry.term}</h3>
      <p class="definition">{placed.entry.definition}</p>
      <p class="term-links">
        <WatchAt placed={placed} />
        {elsewhere.length > 0 && (
          <span class="term-elsewhere">
            {' · '}
            Also in{' '}
            {elsewhere.map((other, i) => (
              <>
                {i > 0 && ', '}
                <WatchAt key={other.entry.id} placed={other} short />
              </>
            ))}
          </span>
        )}
      </p>
    </article>
  );
}
