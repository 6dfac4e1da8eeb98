import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { besideEachOther, decideSlot, scrollsOnItsOwn, type PageLayoutFacts } from '@/utils/panel-slot';

const TWO_COLUMNS: PageLayoutFacts = {
  theater: false,
  fullscreen: false,
  twoColumnsAttribute: true,
  hasSideColumn: true,
  sideColumnBesidePlayer: true,
  hasBelow: true,
};

describe('decideSlot: beside the player or below it, from what the page shows', () => {
  it.each<[string, Partial<PageLayoutFacts>, 'side' | 'below' | null]>([
    ['two columns (flexy, the usual page)', {}, 'side'],
    ['two columns without the private attribute (ytd-watch-grid)', { twoColumnsAttribute: false }, 'side'],
    ['the attribute says two columns but the column is not shown (late CSS, hidden column)', { sideColumnBesidePlayer: false }, 'below'],
    ['one column (narrow window): the column is hidden, the attribute gone', { twoColumnsAttribute: false, sideColumnBesidePlayer: false }, 'below'],
    ['theater: the column is still beside #primary, but the player spans the window', { theater: true }, 'below'],
    ['fullscreen hides the column for a while: stay beside', { fullscreen: true, sideColumnBesidePlayer: false }, 'side'],
    ['no #primary to compare with: the attribute decides', { sideColumnBesidePlayer: null }, 'side'],
    ['no #primary and no attribute', { sideColumnBesidePlayer: null, twoColumnsAttribute: false }, 'below'],
    ['no #below, column hidden: the column is all there is', { hasBelow: false, sideColumnBesidePlayer: false }, 'side'],
    ['no side column at all', { hasSideColumn: false, sideColumnBesidePlayer: false }, 'below'],
    ['neither column (a root with other markup)', { hasSideColumn: false, hasBelow: false, sideColumnBesidePlayer: false }, null],
  ])('%s', (_case, facts, expected) => {
    expect(decideSlot({ ...TWO_COLUMNS, ...facts })).toBe(expected);
  });

  it('finds a slot whenever the page has a column, and only then', () => {
    const facts = fc.record({
      theater: fc.boolean(),
      fullscreen: fc.boolean(),
      twoColumnsAttribute: fc.boolean(),
      hasSideColumn: fc.boolean(),
      sideColumnBesidePlayer: fc.constantFrom(true, false, null),
      hasBelow: fc.boolean(),
    });
    fc.assert(
      fc.property(facts, (f) => {
        const slot = decideSlot(f);
        expect(slot === null).toBe(!f.hasSideColumn && !f.hasBelow);
        if (slot === 'below') expect(f.hasBelow).toBe(true);
        if (slot === 'side') expect(f.hasSideColumn).toBe(true);
      }),
    );
  });
});

describe('besideEachOther', () => {
  it.each([
    ['#secondary right of #primary (1280 px window)', { left: 24, right: 830 }, { left: 854, right: 1256 }, true],
    ['touching edges', { left: 0, right: 800 }, { left: 800, right: 1200 }, true],
    ['right to left (RTL page)', { left: 450, right: 1256 }, { left: 24, right: 426 }, true],
    ['stacked under it, same width', { left: 24, right: 876 }, { left: 24, right: 876 }, false],
    ['stacked under it, narrower', { left: 24, right: 876 }, { left: 24, right: 426 }, false],
  ])('%s', (_case, primary, secondary, expected) => {
    expect(besideEachOther(primary, secondary)).toBe(expected);
  });
});

describe('scrollsOnItsOwn', () => {
  it.each([
    ['auto', true],
    ['scroll', true],
    ['overlay', true],
    ['visible', false],
    ['hidden', false],
    ['clip', false],
  ])('overflow-y: %s → %s', (value, expected) => {
    expect(scrollsOnItsOwn(value)).toBe(expected);
  });
});
