import { describe, expect, it } from 'vitest';
import { seriesVideoOnPage } from '@/utils/series-page';

const ID = 'aircAruvnKk';

describe('seriesVideoOnPage: the one answer the panel and the popup give to "is this a series video page?"', () => {
  it.each([
    [`https://www.youtube.com/watch?v=${ID}`, ID],
    [`https://www.youtube.com/watch?v=${ID}&list=PL1&index=1&t=30s`, ID],
    [`https://www.youtube.com/live/${ID}`, ID],
    [`https://www.youtube.com/live/${ID}?si=abc&t=42s`, ID],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', null],
    ['https://www.youtube.com/live/dQw4w9WgXcQ', null],
    [`https://www.youtube.com/shorts/${ID}`, null],
    [`https://www.youtube.com/embed/${ID}`, null],
    [`https://youtu.be/${ID}`, null],
    // YouTube's phone site serves the same addresses.
    [`https://m.youtube.com/watch?v=${ID}`, ID],
    [`https://m.youtube.com/watch?v=${ID}&pp=ygU%3D`, ID],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', null],
    [`https://m.youtube.com/shorts/${ID}`, null],
    ['https://m.youtube.com/', null],
    // The content script runs on www. and m.youtube.com only: no panel elsewhere, so the popup does not claim one either.
    [`https://youtube.com/watch?v=${ID}`, null],
    [`https://music.youtube.com/watch?v=${ID}`, null],
    ['https://www.youtube.com/', null],
    ['https://www.youtube.com/results?search_query=neural', null],
    ['chrome://extensions/', null],
    ['not an address', null],
    ['', null],
    [undefined, null],
  ])('%s → %s', (href, expected) => {
    expect(seriesVideoOnPage(href)).toBe(expected);
  });
});
