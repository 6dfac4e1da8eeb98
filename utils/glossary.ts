/** Glossary lookups across the series: one idea (a slug) followed from video to video. Pure. */
import type { GlossaryEntry, SeriesVideo } from './catalog';
import type { IndexedVideo } from './series-index';

/**
 * A term and the video that explains it: from the full catalog (Margin's pages), or from the series in brief
 * (the panel, which knows only the other lessons' term names and seconds).
 */
export interface PlacedEntry<V extends IndexedVideo = SeriesVideo> {
  entry: V['glossary'][number];
  video: V;
}

/** `c2-gradient-descent` → `gradient-descent`: the idea, whichever video explains it. */
export function glossarySlug(id: string): string {
  return id.replace(/^c\d+-/, '');
}

const indexes = new WeakMap<readonly IndexedVideo[], Map<string, PlacedEntry<IndexedVideo>>>();
function entryIndex<V extends IndexedVideo>(series: readonly V[]): Map<string, PlacedEntry<V>> {
  let index = indexes.get(series) as Map<string, PlacedEntry<V>> | undefined;
  if (!index) {
    index = new Map(series.flatMap((video) => video.glossary.map((entry) => [entry.id, { entry, video }] as const)));
    indexes.set(series, index as Map<string, PlacedEntry<IndexedVideo>>);
  }
  return index;
}

export function findGlossaryEntry<V extends IndexedVideo>(series: readonly V[], id: string): PlacedEntry<V> | undefined {
  return entryIndex(series).get(id);
}

/** The first video of the series that explains the same idea, if it comes before `video`. */
export function firstMetEarlier<V extends IndexedVideo>(series: readonly V[], entry: { id: string }, video: IndexedVideo): PlacedEntry<V> | undefined {
  const slug = glossarySlug(entry.id);
  for (const earlier of series) {
    if (earlier.order >= video.order) return undefined;
    const match = earlier.glossary.find((candidate) => glossarySlug(candidate.id) === slug);
    if (match) return { entry: match, video: earlier };
  }
  return undefined;
}

/** Does the entry match what the learner typed in the filter box (term, aliases or definition)? */
export function matchesFilter(entry: GlossaryEntry, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (needle === '') return true;
  return [entry.term, ...entry.aliases, entry.definition].some((text) => text.toLowerCase().includes(needle));
}
