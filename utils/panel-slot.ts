/**
 * Where Margin's panel goes on a watch page, decided from what the page shows rather than from one private
 * attribute: beside the player (the side column), below it, or, when YouTube's page offers neither after a
 * while, floating in a corner of the window, so the learner always sees Margin. Pure: the browser glue
 * (entrypoints/margin-panel/placement.ts) reads the facts from the page.
 */

/** The watch-page roots YouTube has served (flexy since 2019; grid and fixie in layout experiments). */
export const WATCH_ROOT_TAGS = ['ytd-watch-flexy', 'ytd-watch-grid', 'ytd-watch-fixie'] as const;

export type SlotKind = 'side' | 'below' | 'floating';

/** What the page shows, as read from the watch root. */
export interface PageLayoutFacts {
  /** The root carries `theater` (the player spans the window; the panel goes below it, beside the title). */
  theater: boolean;
  /** The root carries `fullscreen`: the columns are hidden for a while; the panel stays where it is. */
  fullscreen: boolean;
  /** The private `is-two-columns_` attribute, used only when the geometry cannot say. */
  twoColumnsAttribute: boolean;
  /** The side column (#secondary-inner or #secondary) exists. */
  hasSideColumn: boolean;
  /**
   * Whether the side column is rendered (has a width, is not inside [hidden]) and sits beside #primary; null when
   * there is no #primary to compare with.
   */
  sideColumnBesidePlayer: boolean | null;
  /** #below exists (the column under the player). */
  hasBelow: boolean;
}

/** 'side' or 'below', or null when the page has no slot for the panel (yet). */
export function decideSlot(facts: PageLayoutFacts): 'side' | 'below' | null {
  if (facts.hasSideColumn && !facts.theater) {
    if (facts.fullscreen) return 'side';
    if (facts.sideColumnBesidePlayer === true) return 'side';
    if (facts.sideColumnBesidePlayer === null && facts.twoColumnsAttribute) return 'side';
  }
  if (facts.hasBelow) return 'below';
  return facts.hasSideColumn ? 'side' : null;
}

/** Two boxes side by side: one starts where the other ends (left to right, or right to left). */
export function besideEachOther(a: { left: number; right: number }, b: { left: number; right: number }): boolean {
  const TOLERANCE = 1;
  return b.left >= a.right - TOLERANCE || b.right <= a.left + TOLERANCE;
}

/** A computed `overflow-y` that makes an element scroll its content on its own. */
export function scrollsOnItsOwn(overflowY: string): boolean {
  return overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay';
}
