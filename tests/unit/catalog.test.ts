import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findActiveChapter, findActiveIndex } from '@/utils/catalog';
import { getSeriesVideo, SERIES } from '@/utils/series-data';
import { buildSeriesIndex, seriesNeighbours } from '@/utils/series-index';
import { countSentences, validateSeriesLinks, validateSeriesVideo } from '@/utils/catalog-validation';
import { SERIES_VIDEO_IDS, isSeriesVideoId } from '@/utils/series-ids';
import { firstMetEarlier, glossarySlug, matchesFilter } from '@/utils/glossary';

const dir = resolve(__dirname, '../../assets/series');
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('catalog files', () => {
  it('holds exactly the nine series videos, one file each, named by id', () => {
    expect(files.map((name) => name.replace(/\.json$/, '')).sort()).toEqual([...SERIES_VIDEO_IDS].sort());
  });

  it.each(files)('%s is valid', (name) => {
    const data: unknown = JSON.parse(readFileSync(resolve(dir, name), 'utf8'));
    expect(validateSeriesVideo(data, name)).toEqual([]);
    expect((data as { videoId: string }).videoId).toBe(name.replace(/\.json$/, ''));
  });

  it('is in series order, matching the list the always-loaded script knows', () => {
    expect(SERIES.map((video) => video.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(SERIES.map((video) => video.videoId)).toEqual([...SERIES_VIDEO_IDS]);
  });

  it('links glossary entries only to entries that exist, with unique ids', () => {
    expect(validateSeriesLinks(SERIES)).toEqual([]);
  });

  it('explains enough terms: at least 15 a video (10 in the short one), 140 in all', () => {
    for (const video of SERIES) {
      expect(video.glossary.length, video.videoId).toBeGreaterThanOrEqual(video.videoId === 'LPZh9BOjkQs' ? 10 : 15);
    }
    expect(SERIES.reduce((sum, video) => sum + video.glossary.length, 0)).toBeGreaterThanOrEqual(140);
  });

  it('links a term explained in several videos to its entry in each of them', () => {
    const all = SERIES.flatMap((video) => video.glossary);
    for (const entry of all) {
      const sameIdea = all.filter((other) => other !== entry && glossarySlug(other.id) === glossarySlug(entry.id));
      for (const other of sameIdea) expect(entry.related, `${entry.id} → ${other.id}`).toContain(other.id);
    }
  });
});

describe('catalog validation finds bad data', () => {
  const good = () => JSON.parse(readFileSync(resolve(dir, 'aircAruvnKk.json'), 'utf8')) as Record<string, any>;
  it('reports every problem with where it is', () => {
    const bad = good();
    bad.videoId = 'tooShort';
    bad.chapters[2].start = bad.chapters[1].start;
    bad.chapters.push({ start: 99999, title: 'after the end' });
    bad.glossary = [{ id: 'c3-x', term: '', aliases: [1], definition: 'One. Two. Three. Four.', t: -1, related: 'no' }];
    const errors = validateSeriesVideo(bad, 'f.json');
    expect(errors).toEqual(
      expect.arrayContaining([
        'f.json.videoId: not an 11-character YouTube id',
        `f.json.chapters[2].start: ${bad.chapters[1].start} does not come after ${bad.chapters[1].start}`,
        'f.json.chapters[12].start: 99999 is past the end (1120)',
        'f.json.glossary[0].id: c3-x names chapter 3, not 1',
        'f.json.glossary[0].term: missing',
        'f.json.glossary[0].aliases: must be a list of words',
        'f.json.glossary[0].definition: has 4 sentences, not one to three',
        'f.json.glossary[0].t: not a second',
        'f.json.glossary[0].related: must be a list of ids',
      ]),
    );
  });
  it('finds dangling and duplicate glossary links', () => {
    const entry = { id: 'c1-a', related: ['c2-missing'] };
    expect(validateSeriesLinks([{ glossary: [entry] }, { glossary: [{ id: 'c1-a', related: [] }] }])).toEqual([
      'glossary id c1-a is used twice',
      'c1-a.related: no entry c2-missing',
    ]);
  });
  it('counts sentences without splitting on decimals or abbreviations inside', () => {
    expect(countSentences('A weight of 0.5 scales the input.')).toBe(1);
    expect(countSentences('First idea. Second idea? Third!')).toBe(3);
  });
});

describe('lookups', () => {
  const first = getSeriesVideo('aircAruvnKk')!;
  it.each([
    [0, 0],
    [66.9, 0],
    [67, 1],
    [162, 2],
    [1119, 11],
  ])('at %s s the active chapter of video 1 is #%s', (t, index) => {
    expect(findActiveChapter(first, t)).toBe(index);
  });
  it('finds no item before the first start and agrees with a scan everywhere', () => {
    const starts = [5, 10, 30, 31, 100];
    expect(findActiveIndex(starts, 4.99, (s) => s)).toBe(-1);
    for (let t = 0; t < 120; t += 0.5) {
      let scan = -1;
      starts.forEach((s, i) => { if (s <= t) scan = i; });
      expect(findActiveIndex(starts, t, (s) => s)).toBe(scan);
    }
  });
  it('knows each video and its neighbours in the series', () => {
    expect(isSeriesVideoId('aircAruvnKk')).toBe(true);
    expect(isSeriesVideoId('dQw4w9WgXcQ')).toBe(false);
    expect(seriesNeighbours(SERIES, 'aircAruvnKk').previous).toBeUndefined();
    expect(seriesNeighbours(SERIES, 'aircAruvnKk').next?.videoId).toBe('IHZwWFHWa-w');
    expect(seriesNeighbours(SERIES, 'iv-5mZ_9CPY').next).toBeUndefined();
    expect(seriesNeighbours(SERIES, 'dQw4w9WgXcQ')).toEqual({});
  });
});

describe('the series in brief (what the panel knows of the other lessons)', () => {
  const index = buildSeriesIndex(SERIES);
  it('keeps every video, title and term with its second, and none of the definitions', () => {
    expect(index.map((video) => video.title)).toEqual(SERIES.map((video) => video.title));
    expect(index.flatMap((video) => video.glossary.map((term) => `${term.id}@${term.t}`))).toEqual(
      SERIES.flatMap((video) => video.glossary.map((entry) => `${entry.id}@${entry.t}`)),
    );
    expect(JSON.stringify(index)).not.toContain(SERIES[0]!.glossary[0]!.definition);
    // Small enough to travel with every lesson the panel loads.
    expect(JSON.stringify(index).length).toBeLessThan(JSON.stringify(SERIES).length / 5);
  });
  it('answers the cross-chapter questions the full catalog answers', () => {
    const second = SERIES[1]!;
    const entry = second.glossary.find((candidate) => candidate.id === 'c2-weight')!;
    expect(firstMetEarlier(index, entry, index[1]!)?.video.order).toBe(firstMetEarlier(SERIES, entry, second)?.video.order);
    expect(seriesNeighbours(index, second.videoId).next?.title).toBe(SERIES[2]!.title);
  });
});

describe('glossary lookups', () => {
  const [first, second] = SERIES;
  it('says where a term was first met earlier in the series', () => {
    const gradient2 = second!.glossary.find((entry) => entry.id === 'c2-weight')!;
    expect(firstMetEarlier(SERIES, gradient2, second!)?.entry.id).toBe('c1-weight');
    const weight1 = first!.glossary.find((entry) => entry.id === 'c1-weight')!;
    expect(firstMetEarlier(SERIES, weight1, first!)).toBeUndefined();
  });
  it('filters by term, alias or definition, ignoring case and spaces', () => {
    const entry = { id: 'c1-x', term: 'Sigmoid', aliases: ['logistic curve'], definition: 'Squashes any number into 0 to 1.', t: 0, related: [] };
    expect(matchesFilter(entry, '  SIGM ')).toBe(true);
    expect(matchesFilter(entry, 'logistic')).toBe(true);
    expect(matchesFilter(entry, 'squashes')).toBe(true);
    expect(matchesFilter(entry, 'relu')).toBe(false);
    expect(matchesFilter(entry, '')).toBe(true);
  });
});
