import { useMemo, useRef, useState } from 'preact/hooks';
import { glossaryInOrder, type GlossaryEntry, type SeriesVideo } from '@/utils/catalog';
import { findGlossaryEntry, firstMetEarlier, glossarySlug, matchesFilter } from '@/utils/glossary';
import { formatTime } from '@/utils/time';
import type { LessonClock } from '@/utils/lesson-clock';
import type { SeriesIndex } from '@/utils/series-index';
import { useActiveIndex } from './useActiveIndex';
import { JumpButton } from './JumpButton';
import { SeriesLink, watchUrl } from './SeriesLink';
import { useScrollToActive, useScrollToTopOnFilter } from './scrollWithin';
import { useArrowList } from './useArrowList';
import { FilterCount } from './FilterCount';
import { OtherChapters } from './OtherChapters';

interface Props {
  video: SeriesVideo;
  series: SeriesIndex;
  player: LessonClock;
  onJump: (t: number) => void;
  navigate: (href: string) => void;
  /** Opens the glossary of the whole series (an extension page). */
  onOpenSeriesGlossary: () => void;
}

const startOf = (entry: GlossaryEntry) => entry.t;

/** The terms this lesson explains, in the order it explains them, each a jump to its second. */
export function Glossary({ video, series, player, onJump, navigate, onOpenSeriesGlossary }: Props) {
  const entries = useMemo(() => glossaryInOrder(video), [video]);
  const active = useActiveIndex(player, entries, startOf);
  const activeId = entries[active]?.id;
  const [filter, setFilter] = useState('');
  const shown = entries.filter((entry) => matchesFilter(entry, filter));
  const list = useRef<HTMLOListElement>(null);

  useScrollToActive(list, activeId, filter === '');
  useScrollToTopOnFilter(list, filter);
  const arrowList = useArrowList(list);

  return (
    <div>
      <div class="filter">
        <input
          type="search"
          aria-label="Filter terms"
          placeholder="Filter terms"
          value={filter}
          onInput={(event) => setFilter(event.currentTarget.value)}
        />
        <FilterCount filter={filter} count={shown.length} one="term" many="terms" />
      </div>
      {shown.length === 0 && <p class="empty">{entries.length === 0 ? 'No terms for this lesson yet.' : `No term matches “${filter}”.`}</p>}
      <ol class="items glossary" ref={list} aria-label="Terms" {...arrowList}>
        {shown.map((entry) => (
          <li key={entry.id} data-key={entry.id} class="term">
            <JumpButton t={entry.t} label={entry.term} current={entry.id === activeId} onJump={onJump} />
            <p class="definition">{entry.definition}</p>
            <TermContext entry={entry} video={video} series={series} onJump={onJump} navigate={navigate} />
          </li>
        ))}
      </ol>
      <p class="source">
        <button type="button" class="link series-glossary-link" onClick={onOpenSeriesGlossary}>
          All terms of the series<span class="visually-hidden"> (opens the series glossary in a new tab)</span>
        </button>
      </p>
      {video.glossary.some((entry) => entry.approximate) && (
        <p class="source">This lesson has no captions: terms are placed at the start of the chapter that explains them.</p>
      )}
    </div>
  );
}

function TermContext({ entry, video, series, onJump, navigate }: { entry: GlossaryEntry } & Pick<Props, 'video' | 'series' | 'onJump' | 'navigate'>) {
  const earlier = firstMetEarlier(series, entry, video);
  const linked = entry.related.flatMap((id) => {
    const found = findGlossaryEntry(series, id);
    return found ? [found] : [];
  });
  // The same idea in other lessons reads as a short list of chapters; other ideas as named terms.
  const sameIdea = linked
    .filter(({ entry: other }) => glossarySlug(other.id) === glossarySlug(entry.id))
    .sort((a, b) => a.video.order - b.video.order);
  const related = linked.filter(({ entry: other }) => glossarySlug(other.id) !== glossarySlug(entry.id));
  if (!earlier && sameIdea.length === 0 && related.length === 0) return null;
  const elsewhere = [...(earlier ? [earlier] : []), ...sameIdea.filter(({ entry: other }) => other.id !== earlier?.entry.id)];
  return (
    <div class="term-context">
      {earlier && (
        <SeriesLink href={watchUrl(earlier.video.videoId, earlier.entry.t)} navigate={navigate} class="first-met">
          from Chapter {earlier.video.order}
          <span class="visually-hidden">, {earlier.entry.term} at {formatTime(earlier.entry.t)}</span>
        </SeriesLink>
      )}
      {sameIdea.length > 0 && (
        <p>
          <span class="context-label">Also in </span>
          {sameIdea.map(({ entry: other, video: where }, i) => (
            <>
              {i > 0 && ' · '}
              <SeriesLink key={other.id} href={watchUrl(where.videoId, other.t)} navigate={navigate}>
                Ch. {where.order}
                <span class="visually-hidden">, {other.term} at {formatTime(other.t)}</span>
              </SeriesLink>
            </>
          ))}
        </p>
      )}
      {related.length > 0 && (
        <p>
          <span class="context-label">Related: </span>
          {related.map(({ entry: other, video: where }, i) => (
            <>
              {i > 0 && ', '}
              {where.videoId === video.videoId ? (
                <button type="button" class="link" key={other.id} onClick={() => onJump(other.t)}>
                  <span class="visually-hidden">Jump to {formatTime(other.t)} </span>
                  {other.term}
                </button>
              ) : (
                <SeriesLink key={other.id} href={watchUrl(where.videoId, other.t)} navigate={navigate}>
                  {other.term}
                  <span class="cross-ref"> (Ch. {where.order})</span>
                  <span class="visually-hidden"> at {formatTime(other.t)}</span>
                </SeriesLink>
              )}
            </>
          ))}
        </p>
      )}
      <OtherChapters term={entry.term} others={elsewhere} navigate={navigate} />
    </div>
  );
}
