/** YouTube's progress bar in #movie_player and Margin's ticks on it, as the browser laid them out. */
import type { Page } from 'playwright-core';

export interface BarTicks {
  /** The bar's width, and its left edge in the viewport. */
  width: number;
  left: number;
  /** The bar's aria-valuemax: the lesson's length as the player shows it. */
  ariaMax: number;
  /** Chapter segments, in px from the bar's left edge. */
  segments: { left: number; width: number }[];
  /** Tick centres, in px from the bar's left edge. */
  ticks: { kind: string; t: number; x: number }[];
  /** The ticks' host is in this bar and displayed. */
  shown: boolean;
}

export function barTicks(page: Page): Promise<BarTicks> {
  return page.evaluate(() => {
    const barElement = document.querySelector('#movie_player .ytp-progress-bar')!;
    const bar = barElement.getBoundingClientRect();
    const host = barElement.querySelector('margin-markers');
    const segments = [...barElement.querySelectorAll('.ytp-chapters-container > .ytp-chapter-hover-container')].map((s) => {
      const r = s.getBoundingClientRect();
      return { left: r.left - bar.left, width: r.width };
    });
    const ticks = [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('.tick') ?? [])].map((tick) => {
      const r = tick.getBoundingClientRect();
      return { kind: tick.className.replace('tick tick-', ''), t: Number(tick.dataset.t), x: r.left + r.width / 2 - bar.left };
    });
    return {
      width: bar.width,
      left: bar.left,
      ariaMax: Number(barElement.getAttribute('aria-valuemax')),
      segments,
      ticks,
      shown: host !== null && getComputedStyle(host).display !== 'none',
    };
  });
}
