import { describe, expect, it } from 'vitest';
import {
  LESSON_SLUGS,
  lessonPageUrl,
  lessonSlugOf,
  lessonVideoOnPage,
  seriesVideoInJsonLd,
  seriesVideoOfEmbed,
} from '@/utils/lesson-pages';
import { SERIES_VIDEO_IDS } from '@/utils/series-ids';
import { parseYouTubeUrl } from '@/utils/youtube-url';

const ID = 'aircAruvnKk';
/** The lesson page's VideoObject as app/pages/lessons/Lesson.tsx writes it. */
const videoObject = (id: string) =>
  JSON.stringify({ '@context': 'https://schema.org', '@type': 'VideoObject', name: 'x', embedUrl: `https://www.youtube.com/embed/${id}` });
const article = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', headline: 'x' });

describe('lessonVideoOnPage: which lesson of the series a page of www.3blue1brown.com is', () => {
  it.each([
    ['https://www.3blue1brown.com/lessons/neural-networks', ID],
    ['https://www.3blue1brown.com/lessons/neural-networks/', ID],
    ['https://www.3blue1brown.com/lessons/neural-networks?ref=home#part-2', ID],
    ['https://www.3blue1brown.com/lessons/gradient-descent', 'IHZwWFHWa-w'],
    ['https://www.3blue1brown.com/lessons/backpropagation-calculus', 'tIeHLnjs5U8'],
    ['https://www.3blue1brown.com/lessons/mini-llm', 'LPZh9BOjkQs'],
    ['https://www.3blue1brown.com/lessons/diffusion-models', 'iv-5mZ_9CPY'],
    // Not lessons of the series, or not lesson pages, or not the site.
    ['https://www.3blue1brown.com/lessons/neural-network-analysis', null],
    ['https://www.3blue1brown.com/lessons/diffusion-equation', null],
    ['https://www.3blue1brown.com/', null],
    ['https://www.3blue1brown.com/about', null],
    ['https://www.3blue1brown.com/blog/neural-networks', null],
    ['https://www.3blue1brown.com/lessons/neural-networks/extra', null],
    ['https://www.3blue1brown.com/lessons', null],
    ['http://www.3blue1brown.com/lessons/neural-networks', null],
    ['https://3blue1brown.com/lessons/neural-networks', null],
    ['https://evil.example/lessons/neural-networks', null],
    ['https://www.3blue1brown.com.evil.example/lessons/neural-networks', null],
    ['not an address', null],
  ])('%s → %s', (href, expected) => {
    expect(lessonVideoOnPage(href, [])).toBe(expected);
  });

  it('knows the nine lessons, each its own slug, by the slugs the site gives them', () => {
    expect(Object.values(LESSON_SLUGS).sort()).toEqual([...SERIES_VIDEO_IDS].sort());
    for (const id of SERIES_VIDEO_IDS) expect(lessonSlugOf(lessonPageUrl(id)!)).not.toBeNull();
    for (const id of SERIES_VIDEO_IDS) expect(lessonVideoOnPage(lessonPageUrl(id)!)).toBe(id);
    expect(lessonPageUrl('dQw4w9WgXcQ')).toBeNull();
  });

  it("reads the page's JSON-LD only for a lesson slug it does not know (a renamed lesson)", () => {
    const renamed = 'https://www.3blue1brown.com/lessons/what-is-a-neural-network';
    expect(lessonVideoOnPage(renamed, [article, videoObject(ID)])).toBe(ID);
    expect(lessonVideoOnPage(renamed, [article])).toBeNull();
    expect(lessonVideoOnPage(renamed, [videoObject('dQw4w9WgXcQ')])).toBeNull();
    // A known slug wins over JSON-LD left over from the previous lesson of a client-side navigation.
    expect(lessonVideoOnPage('https://www.3blue1brown.com/lessons/gradient-descent', [videoObject(ID)])).toBe('IHZwWFHWa-w');
    // JSON-LD on a page that is no lesson page is never read.
    expect(lessonVideoOnPage('https://www.3blue1brown.com/about', [videoObject(ID)])).toBeNull();
  });

  it('reads JSON-LD defensively: broken text, arrays, other shapes', () => {
    expect(seriesVideoInJsonLd(['{not json', videoObject(ID)])).toBe(ID);
    expect(seriesVideoInJsonLd([`[${article},${videoObject('IHZwWFHWa-w')}]`])).toBe('IHZwWFHWa-w');
    expect(seriesVideoInJsonLd(['null', '42', '"text"', JSON.stringify({ embedUrl: 7 })])).toBeNull();
    expect(seriesVideoInJsonLd([JSON.stringify({ embedUrl: `https://evil.example/embed/${ID}` })])).toBeNull();
  });
});

describe('embed addresses', () => {
  /** The iframe youtube-video-element makes for the lesson pages (research §3). */
  const lessonEmbed = `https://www.youtube.com/embed/${ID}?controls=1&enablejsapi=1&cc_load_policy=1&showinfo=0&rel=0&iv_load_policy=3&modestbranding=1&preload=metadata&start=0`;

  it('parseYouTubeUrl reads the lesson pages\' embed address, its start and all', () => {
    expect(parseYouTubeUrl(lessonEmbed)).toEqual({ videoId: ID, kind: 'embed', startSeconds: 0 });
    expect(parseYouTubeUrl(`https://www.youtube.com/embed/${ID}?start=215&enablejsapi=1`)).toEqual({ videoId: ID, kind: 'embed', startSeconds: 215 });
    expect(parseYouTubeUrl(`https://www.youtube.com/watch?v=${ID}&t=0s`)).toEqual({ videoId: ID, kind: 'watch', startSeconds: 0 });
  });

  it.each([
    [lessonEmbed, ID],
    [`https://www.youtube.com/embed/${ID}`, ID],
    ['https://www.youtube.com/embed/9-Jl0dxWQs8?start=0', '9-Jl0dxWQs8'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', null],
    [`https://www.youtube-nocookie.com/embed/${ID}`, null],
    [`https://www.youtube.com/watch?v=${ID}`, null],
    [`https://www.youtube.com/v/${ID}`, null],
    [`http://www.youtube.com/embed/${ID}`, null],
    [`https://www.youtube.com/embed/${ID}x`, null],
    ['about:blank', null],
  ])('seriesVideoOfEmbed(%s) → %s', (href, expected) => {
    expect(seriesVideoOfEmbed(href)).toBe(expected);
  });
});
