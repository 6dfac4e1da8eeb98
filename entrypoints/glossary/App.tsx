import { useMemo, useState } from 'preact/hooks';
import { SERIES } from '@/utils/series-data';
import { glossarySlug } from '@/utils/glossary';
import { ideaMatches, seriesIdeas, termLetter, type SeriesIdea } from '@/utils/series-glossary';
import { FilterCount } from '@/components/FilterCount';
import { SeriesTerm } from '@/components/pages/SeriesTerm';

type Order = 'az' | 'chapter';

/** Every term of the series, searchable, A–Z or by chapter; each opens YouTube at the second that explains it. */
export function GlossaryApp() {
  const ideas = useMemo(() => seriesIdeas(SERIES), []);
  const [search, setSearch] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [order, setOrder] = useState<Order>('az');
  const shown = ideas.filter((idea) => ideaMatches(idea, search));
  return (
    <div class="page series-glossary">
      <header>
        <h1>Series glossary</h1>
        <p class="lead">
          {ideas.length} ideas of 3Blue1Brown's neural-network series, in Margin's own words, each linked to the second
          of the video that explains it.
        </p>
      </header>
      <main>
        <div class="glossary-tools">
          <label for="glossary-search">Search</label>
          <input id="glossary-search" type="search" placeholder="A term, or words of a definition" value={search}
            onInput={(event) => setSearch(event.currentTarget.value)} />
          <div class="order" role="group" aria-label="Order">
            <button type="button" class="secondary" aria-pressed={order === 'az' ? 'true' : 'false'} onClick={() => setOrder('az')}>
              A–Z
            </button>
            <button type="button" class="secondary" aria-pressed={order === 'chapter' ? 'true' : 'false'} onClick={() => setOrder('chapter')}>
              By chapter
            </button>
          </div>
        </div>
        <FilterCount filter={search} count={shown.length} one="term" many="terms" />
        {shown.length === 0 && <p class="empty">No term matches “{search}”.</p>}
        {order === 'az' ? <ByLetter ideas={shown} /> : <ByChapter ideas={shown} />}
      </main>
    </div>
  );
}

function ByLetter({ ideas }: { ideas: SeriesIdea[] }) {
  const groups = new Map<string, SeriesIdea[]>();
  for (const idea of ideas) {
    const letter = termLetter(idea.first.entry.term);
    groups.set(letter, [...(groups.get(letter) ?? []), idea]);
  }
  return (
    <>
      <nav class="letters" aria-label="Letters">
        {[...groups.keys()].map((letter) => (
          <a key={letter} href={`#letter-${letter}`}>
            {letter}
          </a>
        ))}
      </nav>
      {[...groups].map(([letter, group]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`}>
          <h2 id={`letter-${letter}`}>{letter}</h2>
          {group.map((idea) => (
            <SeriesTerm key={idea.slug} idea={idea} />
          ))}
        </section>
      ))}
    </>
  );
}

function ByChapter({ ideas }: { ideas: SeriesIdea[] }) {
  const bySlug = new Map(ideas.map((idea) => [idea.slug, idea]));
  return (
    <>
      {SERIES.map((video) => {
        const placed = video.glossary
          .filter((entry) => bySlug.has(glossarySlug(entry.id)))
          .sort((a, b) => a.t - b.t)
          .map((entry) => {
            const idea = bySlug.get(glossarySlug(entry.id))!;
            return { idea, placed: [idea.first, ...idea.others].find((p) => p.entry.id === entry.id)! };
          });
        if (placed.length === 0) return null;
        return (
          <section key={video.videoId} aria-labelledby={`chapter-${video.order}`}>
            <h2 id={`chapter-${video.order}`}>
              Chapter {video.order} · {video.title}
            </h2>
            {placed.map(({ idea, placed: where }) => (
              <SeriesTerm key={where.entry.id} idea={idea} placed={where} />
            ))}
          </section>
        );
      })}
    </>
  );
}
