/** Glossary lookups across the series: one idea (a slug) followed from video to video. Pure. */
import { SERIES, type GlossaryEntry, type SeriesVideo } from './catalog';

export interface PlacedEntry {
  entry: GlossaryEntry;
  video: SeriesVideo;
}

/** `c2-gradient-descent` → `gradient-descent`: the idea, whichever video explains it. */
export function glossarySlug(id: string): string {
  return id.replace(/^c\d+-/, '');
}

let index: Map<string, PlacedEntry> | undefined;
function entryIndex(): Map<string, PlacedEntry> {
  index ??= new Map(SERIES.flatMap((video) => video.glossary.map((entry) => [entry.id, { entry, video }] as const)));
  return index;
}

export function findGlossaryEntry(id: string): PlacedEntry | undefined {
  return entryIndex().get(id);
}

/** The first video of the series that explains the same idea, if it comes before `video`. */
export function firstMetEarlier(entry: GlossaryEntry, video: SeriesVideo): PlacedEntry | undefined {
  const slug = glossarySlug(entry.id);
  for (const earlier of SERIES) {
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
