import { describe, expect, it } from 'vitest';
import { SERIES } from '@/utils/series-data';
import { glossarySlug } from '@/utils/glossary';
import { compareTerms, ideaMatches, seriesIdeas, termLetter } from '@/utils/series-glossary';

const ideas = seriesIdeas(SERIES);

describe('the series glossary', () => {
  it('holds every entry of the nine videos exactly once, each under its idea', () => {
    const placed = ideas.flatMap((idea) => [idea.first, ...idea.others].map(({ entry }) => entry.id));
    const all = SERIES.flatMap((video) => video.glossary.map((entry) => entry.id));
    expect(placed.sort()).toEqual(all.sort());
    for (const idea of ideas) for (const { entry } of [idea.first, ...idea.others]) expect(glossarySlug(entry.id)).toBe(idea.slug);
  });

  it('files each idea under the first chapter that explains it, the others after in series order', () => {
    for (const idea of ideas) {
      const orders = [idea.first, ...idea.others].map(({ video }) => video.order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
    }
    const weight = ideas.find((idea) => idea.slug === 'weight')!;
    expect(weight.first.video.order).toBe(1);
    expect(weight.others.length).toBeGreaterThan(0);
  });

  it('lists the ideas A to Z, case and accents aside', () => {
    const terms = ideas.map((idea) => idea.first.entry.term);
    for (let i = 1; i < terms.length; i++) expect(compareTerms(terms[i - 1]!, terms[i]!)).toBeLessThanOrEqual(0);
  });

  it.each([
    ['Weight', 'W'],
    ['activation', 'A'],
    ['3Blue1Brown', '#'],
    [' ReLU', 'R'],
  ])('files %j under %s', (term, letter) => {
    expect(termLetter(term)).toBe(letter);
  });

  it('finds an idea by a term, alias or definition of any of its explanations', () => {
    const weight = ideas.find((idea) => idea.slug === 'weight')!;
    expect(ideaMatches(weight, 'WEIGHT')).toBe(true);
    expect(ideaMatches(weight, '')).toBe(true);
    expect(ideaMatches(weight, 'zzzz no such word')).toBe(false);
  });
});
