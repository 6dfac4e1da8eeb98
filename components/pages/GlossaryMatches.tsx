import { useMemo } from 'preact/hooks';
import { SERIES } from '@/utils/series-data';
import { ideaMatches, seriesIdeas } from '@/utils/series-glossary';
import { SeriesTerm } from './SeriesTerm';

const SHOWN = 5;

/** The notebook's search also looks in the series glossary: the first matching terms, and a way to all of them. */
export function GlossaryMatches({ search }: { search: string }) {
  const ideas = useMemo(() => seriesIdeas(SERIES), []);
  const words = search.trim();
  if (words === '' || words.startsWith('#')) return null;
  const matches = ideas.filter((idea) => ideaMatches(idea, words));
  if (matches.length === 0) return null;
  return (
    <section class="glossary-matches" aria-labelledby="glossary-matches-heading">
      <h2 id="glossary-matches-heading">
        Glossary terms <span class="count">{matches.length}</span>
      </h2>
      {matches.slice(0, SHOWN).map((idea) => (
        <SeriesTerm key={idea.slug} idea={idea} />
      ))}
      <p>
        <a href={`/glossary.html?q=${encodeURIComponent(words)}`}>
          {matches.length > SHOWN ? `All ${matches.length} matching terms` : 'Open'} in the series glossary
        </a>
      </p>
    </section>
  );
}
