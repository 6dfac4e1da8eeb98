import { describe, expect, it } from 'vitest';
import { BAR_SELECTORS, firstRendered, MOBILE_BAR_LINES } from '@/utils/player-dom';

describe('firstRendered: which of several copies of a player part is the one on screen', () => {
  const width = (c: { w: number }) => c.w;
  it('takes the first candidate with a width, skipping hidden copies before it', () => {
    const a = { w: 0 }, b = { w: 320 }, c = { w: 640 };
    expect(firstRendered([a, b, c], width)).toBe(b);
  });
  it('falls back to the first candidate when none is laid out (mobile controls hidden)', () => {
    const a = { w: 0 }, b = { w: 0 };
    expect(firstRendered([a, b], width)).toBe(a);
  });
  it('is null without candidates', () => {
    expect(firstRendered([], width)).toBeNull();
  });
});

describe('BAR_SELECTORS', () => {
  it('tries the desktop bar first, then each mobile line only inside a player area (never a thumbnail or a preview)', () => {
    expect(BAR_SELECTORS[0]).toBe('#movie_player .ytp-progress-bar');
    for (const line of MOBILE_BAR_LINES) {
      expect(BAR_SELECTORS).toContain(`#player-container-id ${line}`);
      expect(BAR_SELECTORS).toContain(`#movie_player ${line}`);
      expect(BAR_SELECTORS).not.toContain(line);
    }
  });
});
