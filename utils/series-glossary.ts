/**
 * The glossary of the whole series: every term of the nine videos as one idea (its slug), where the series first
 * explains it and which other chapters use it again. Pure; the series glossary page and the notebook's search
 * read it.
 */
import type { GlossaryEntry, SeriesVideo } from './catalog';
import { glossarySlug, type PlacedEntry } from './glossary';

export interface SeriesIdea {
  slug: string;
  /** Where the series first explains the idea: its term, definition and second. */
  first: PlacedEntry;
  /** The later chapters that explain it again, in series order. */
  others: PlacedEntry[];
}

/** Every idea of the series once, A to Z by the term of its first explanation. */
export function seriesIdeas(series: readonly SeriesVideo[]): SeriesIdea[] {
  const bySlug = new Map<string, PlacedEntry[]>();
  for (const video of series) {
    for (const entry of video.glossary) {
      const slug = glossarySlug(entry.id);
      const placed = bySlug.get(slug) ?? [];
      placed.push({ entry, video });
      bySlug.set(slug, placed);
    }
  }
  const ideas = [...bySlug].map(([slug, placed]) => {
    const [first, ...others] = [...placed].sort((a, b) => a.video.order - b.video.order || a.entry.t - b.entry.t);
    return { slug, first: first!, others };
  });
  return ideas.sort((a, b) => compareTerms(a.first.entry.term, b.first.entry.term));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
export const compareTerms = (a: string, b: string): number => collator.compare(a, b);

/** The heading letter a term files under: A–Z, or "#" for a term that starts otherwise (a digit, a symbol). */
export function termLetter(term: string): string {
  const letter = term.trim().charAt(0).toUpperCase();
  return /^[A-Z]$/.test(letter) ? letter : '#';
}

/** Does an idea match a search: any of its explanations' terms, aliases or definitions? */
export function ideaMatches(idea: SeriesIdea, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (needle === '') return true;
  return [idea.first, ...idea.others].some(({ entry }) => entryText(entry).some((text) => text.toLowerCase().includes(needle)));
}

const entryText = (entry: GlossaryEntry) => [entry.term, ...entry.aliases, entry.definition];
