/**
 * The work done on every timeupdate (which moment / term is active) and on every YouTube navigation
 * (is this a series video?). Run with `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { findActiveIndex, glossaryInOrder } from '@/utils/catalog';
import { SERIES } from '@/utils/series-data';
import { parseYouTubeUrl } from '@/utils/youtube-url';
import { seriesVideoOnPage } from '@/utils/series-page';

const terms = glossaryInOrder(SERIES[5]!);
const manyNotes = Array.from({ length: 10_000 }, (_, i) => ({ t: i * 0.37 }));
const times = Array.from({ length: 1_000 }, (_, i) => (i * 7.3) % 3700);

describe('active item at time t (1000 lookups)', () => {
  bench('binary search, 39 glossary terms', () => {
    for (const t of times) findActiveIndex(terms, t, (entry) => entry.t);
  });
  bench('binary search, 10 000 notes', () => {
    for (const t of times) findActiveIndex(manyNotes, t, (note) => note.t);
  });
  bench('linear scan, 10 000 notes (what binary search replaces)', () => {
    for (const t of times) {
      let found = -1;
      for (let i = 0; i < manyNotes.length && manyNotes[i]!.t <= t; i++) found = i;
      if (found < -1) throw new Error('unreachable');
    }
  });
});

const addresses = [
  'https://www.youtube.com/watch?v=aircAruvnKk&list=PLZHQObOWTQDNU6R1_67000Dx_ZCJB-3pi&index=1&t=1m30s',
  'https://www.youtube.com/',
  'https://www.youtube.com/results?search_query=neural+networks',
  'https://youtu.be/dQw4w9WgXcQ?si=abc',
  'https://www.youtube.com/shorts/aircAruvnKk',
];

describe('reading an address (5 shapes)', () => {
  bench('parseYouTubeUrl', () => {
    for (const href of addresses) parseYouTubeUrl(href);
  });
  bench('seriesVideoOnPage (the check run on each navigation)', () => {
    for (const href of addresses) seriesVideoOnPage(href);
  });
});
