import { describe, expect, it } from 'vitest';
import { isPhoneSite, onPageHost, wantsTouchTargets } from '@/utils/phone-site';

describe('the phone site', () => {
  it('is m.youtube.com only', () => {
    expect(isPhoneSite('m.youtube.com')).toBe(true);
    expect(isPhoneSite('M.YouTube.com')).toBe(true);
    expect(isPhoneSite('www.youtube.com')).toBe(false);
    expect(isPhoneSite('m.youtube.com.evil.example')).toBe(false);
  });

  it('gets touch-sized targets always; other pages only with a coarse pointer', () => {
    expect(wantsTouchTargets('m.youtube.com', false)).toBe(true);
    expect(wantsTouchTargets('www.youtube.com', false)).toBe(false);
    expect(wantsTouchTargets('www.youtube.com', true)).toBe(true);
  });
});

describe('onPageHost: the panel\'s links stay on the site the learner is on', () => {
  const PHONE = 'https://m.youtube.com/watch?v=aircAruvnKk';
  const DESKTOP = 'https://www.youtube.com/watch?v=aircAruvnKk';
  it.each([
    ['a chapter from the phone site', 'https://www.youtube.com/watch?v=IHZwWFHWa-w', PHONE, 'https://m.youtube.com/watch?v=IHZwWFHWa-w'],
    ['a moment of a chapter, keeping its time', 'https://www.youtube.com/watch?v=IHZwWFHWa-w&t=90s', PHONE, 'https://m.youtube.com/watch?v=IHZwWFHWa-w&t=90s'],
    ['a relative address', '/watch?v=IHZwWFHWa-w', PHONE, 'https://m.youtube.com/watch?v=IHZwWFHWa-w'],
    ['the same on desktop', 'https://www.youtube.com/watch?v=IHZwWFHWa-w', DESKTOP, 'https://www.youtube.com/watch?v=IHZwWFHWa-w'],
    ['another site, from the phone site', 'https://www.3blue1brown.com/lessons/gradient-descent', PHONE, 'https://www.3blue1brown.com/lessons/gradient-descent'],
  ])('%s', (_why, href, page, expected) => {
    expect(onPageHost(href, page)).toBe(expected);
  });

  it('leaves what it cannot read alone', () => {
    expect(onPageHost('https://www.youtube.com/watch?v=x', 'not an address')).toBe('https://www.youtube.com/watch?v=x');
  });
});
