import { describe, expect, it } from 'vitest';
import { parseStartTime, parseYouTubeUrl } from '@/utils/youtube-url';

const ID = 'aircAruvnKk';

describe('parseYouTubeUrl reads every shape YouTube uses', () => {
  it.each([
    [`https://www.youtube.com/watch?v=${ID}`, { videoId: ID, kind: 'watch' }],
    [`https://youtube.com/watch?v=${ID}`, { videoId: ID, kind: 'watch' }],
    [`http://www.youtube.com/watch?v=${ID}`, { videoId: ID, kind: 'watch' }],
    [`https://m.youtube.com/watch?v=${ID}`, { videoId: ID, kind: 'watch' }],
    [`https://music.youtube.com/watch?v=${ID}`, { videoId: ID, kind: 'watch' }],
    [`https://WWW.YouTube.com/watch?v=${ID}`, { videoId: ID, kind: 'watch' }],
    [`https://www.youtube.com/watch?feature=share&v=${ID}`, { videoId: ID, kind: 'watch' }],
    [`https://www.youtube.com/watch?v=${ID}&list=PLZHQObOWTQDNU6R1_67000Dx_ZCJB-3pi&index=2`, { videoId: ID, kind: 'watch', listId: 'PLZHQObOWTQDNU6R1_67000Dx_ZCJB-3pi' }],
    [`https://www.youtube.com/watch?v=${ID}&pp=ygUJM2JsdWUxYnJvd24%3D`, { videoId: ID, kind: 'watch' }],
    [`https://www.youtube.com/watch?v=${ID}&t=90`, { videoId: ID, kind: 'watch', startSeconds: 90 }],
    [`https://www.youtube.com/watch?v=${ID}&t=90s`, { videoId: ID, kind: 'watch', startSeconds: 90 }],
    [`https://www.youtube.com/watch?v=${ID}&t=1m30s`, { videoId: ID, kind: 'watch', startSeconds: 90 }],
    [`https://www.youtube.com/watch?v=${ID}&t=1h2m3s`, { videoId: ID, kind: 'watch', startSeconds: 3723 }],
    [`https://www.youtube.com/watch?v=${ID}#t=2m`, { videoId: ID, kind: 'watch', startSeconds: 120 }],
    [`https://youtu.be/${ID}`, { videoId: ID, kind: 'short-link' }],
    [`https://youtu.be/${ID}?si=AbCdEfGhIjKlMnOp`, { videoId: ID, kind: 'short-link' }],
    [`https://youtu.be/${ID}?t=162`, { videoId: ID, kind: 'short-link', startSeconds: 162 }],
    [`https://www.youtube.com/embed/${ID}`, { videoId: ID, kind: 'embed' }],
    [`https://www.youtube.com/embed/${ID}?start=215`, { videoId: ID, kind: 'embed', startSeconds: 215 }],
    [`https://www.youtube-nocookie.com/embed/${ID}`, { videoId: ID, kind: 'embed' }],
    [`https://www.youtube.com/v/${ID}`, { videoId: ID, kind: 'embed' }],
    [`https://www.youtube.com/live/${ID}`, { videoId: ID, kind: 'live' }],
    [`https://www.youtube.com/live/${ID}?si=xyz&t=5`, { videoId: ID, kind: 'live', startSeconds: 5 }],
    [`https://www.youtube.com/shorts/${ID}`, { videoId: ID, kind: 'shorts' }],
    [`https://m.youtube.com/shorts/${ID}?feature=share`, { videoId: ID, kind: 'shorts' }],
    ['https://www.youtube.com/watch?v=iv-5mZ_9CPY', { videoId: 'iv-5mZ_9CPY', kind: 'watch' }],
    ['https://www.youtube.com/watch?v=9-Jl0dxWQs8&t=0', { videoId: '9-Jl0dxWQs8', kind: 'watch', startSeconds: 0 }],
    [`  https://www.youtube.com/watch?v=${ID}  `, { videoId: ID, kind: 'watch' }],
  ])('%s', (url, expected) => {
    expect(parseYouTubeUrl(url)).toEqual(expected);
  });

  it.each([
    ['a watch page without a video', 'https://www.youtube.com/watch'],
    ['an empty v', 'https://www.youtube.com/watch?v='],
    ['a 10-character id', 'https://www.youtube.com/watch?v=aircAruvnK'],
    ['a 12-character id', 'https://www.youtube.com/watch?v=aircAruvnKkk'],
    ['an id with a forbidden character', 'https://www.youtube.com/watch?v=aircAruv%3Ckk'],
    ['another host', `https://www.notyoutube.com/watch?v=${ID}`],
    ['a look-alike host', `https://youtube.com.evil.example/watch?v=${ID}`],
    ['a subdomain YouTube does not serve videos from', `https://studio.youtube.com/watch?v=${ID}`],
    ['a javascript: address', `javascript:alert('https://www.youtube.com/watch?v=${ID}')`],
    ['a data: address', `data:text/html,https://www.youtube.com/watch?v=${ID}`],
    ['an ftp address', `ftp://www.youtube.com/watch?v=${ID}`],
    ['the home page', 'https://www.youtube.com/'],
    ['search results', `https://www.youtube.com/results?search_query=${ID}`],
    ['a channel', 'https://www.youtube.com/@3blue1brown'],
    ['a playlist page', 'https://www.youtube.com/playlist?list=PLZHQObOWTQDNU6R1_67000Dx_ZCJB-3pi'],
    ['a nested watch path', `https://www.youtube.com/watch/extra?v=${ID}`],
    ['a short link without an id', 'https://youtu.be/'],
    ['not an address', 'hello world'],
    ['an empty string', ''],
  ])('rejects %s', (_why, url) => {
    expect(parseYouTubeUrl(url)).toBeNull();
  });

  it('ignores a start time it cannot read', () => {
    expect(parseYouTubeUrl(`https://www.youtube.com/watch?v=${ID}&t=soon`)).toEqual({ videoId: ID, kind: 'watch' });
  });
});

describe('parseStartTime', () => {
  it.each([
    ['90', 90],
    ['90s', 90],
    ['2m', 120],
    ['1m30s', 90],
    ['1h', 3600],
    ['1h2m3s', 3723],
    ['12.7', 12],
    ['', undefined],
    ['abc', undefined],
    ['1x', undefined],
    [null, undefined],
  ])('%s → %s', (text, seconds) => {
    expect(parseStartTime(text)).toBe(seconds);
  });
});
