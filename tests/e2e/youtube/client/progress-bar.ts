/**
 * The player's progress bar: a slider in lesson seconds (`aria-valuemax`/`aria-valuenow`) holding one block per
 * chapter. Two markups: the old player's (chapter blocks in a flex row with a gap) and the redesigned "delhi"
 * player's (blocks separated by an inline `margin-right`, extra layers for markers and the heat map, a taller
 * bar). With mode `replace-progress-bar`, every new video gets a new `.ytp-progress-bar` node, as YouTube rebuilds it.
 */
import type { VideoData } from '../page-data';
import { el, formatClock } from './dom';
import { playerModes } from './player-modes';

/** The gap between chapter blocks in the delhi player, as an inline margin-right (SponsorBlock reads it there). */
const DELHI_GAP_PX = 3;

export interface ProgressBar {
  element(): HTMLElement;
  /** Shows a video's chapters and length (a new bar node, in the mode that asks for it). */
  show(data: VideoData): void;
  /** Moves the played part to lesson second `t`. */
  setTime(t: number, data: VideoData): void;
}

export function createProgressBar(container: HTMLElement, seekToFraction: (fraction: number) => void): ProgressBar {
  let slider = build();
  let parts: { start: number; end: number; progress: HTMLElement }[] = [];
  container.append(slider);

  function build(): HTMLElement {
    const bar = el('div', {
      class: 'ytp-progress-bar', role: 'slider', tabindex: '0', 'aria-label': 'Seek slider',
      'aria-valuemin': '0', 'aria-valuemax': '0', 'aria-valuenow': '0',
    });
    bar.append(el('div', { class: 'ytp-chapters-container' }));
    if (playerModes.delhiPlayer) bar.append(el('div', { class: 'ytp-timed-markers-container' }), el('div', { class: 'ytp-heat-map-container' }));
    bar.append(el('div', { class: 'ytp-scrubber-container' }));
    bar.addEventListener('click', (event) => {
      const box = bar.getBoundingClientRect();
      seekToFraction((event.clientX - box.left) / box.width);
    });
    return bar;
  }

  const renderChapters = (data: VideoData) => {
    const chapters = slider.querySelector('.ytp-chapters-container')!;
    const list = data.chapters.length > 0 ? data.chapters : [{ start: 0, title: '' }];
    chapters.replaceChildren();
    parts = list.map((chapter, i) => {
      const end = list[i + 1]?.start ?? data.durationSeconds;
      const share = ((end - chapter.start) / data.durationSeconds) * 100;
      const last = i === list.length - 1;
      const style = playerModes.delhiPlayer
        ? `width: calc(${share}% - ${last ? 0 : DELHI_GAP_PX}px); margin-right: ${last ? 0 : DELHI_GAP_PX}px`
        : `width: ${share}%`;
      const progress = el('div', { class: 'ytp-play-progress ytp-swatch-background-color' });
      chapters.append(
        el('div', { class: 'ytp-chapter-hover-container', style, title: chapter.title },
          playerModes.delhiPlayer ? el('div', { class: 'ytp-progress-bar-padding' }) : null,
          el('div', { class: 'ytp-progress-list' }, progress)),
      );
      return { start: chapter.start, end, progress };
    });
  };

  return {
    element: () => slider,
    show(data) {
      if (playerModes.replaceProgressBar) {
        const fresh = build();
        slider.replaceWith(fresh);
        slider = fresh;
      }
      renderChapters(data);
      slider.setAttribute('aria-valuemax', String(data.durationSeconds));
    },
    setTime(t, data) {
      slider.setAttribute('aria-valuenow', String(Math.floor(t)));
      slider.setAttribute('aria-valuetext', `${formatClock(t)} of ${formatClock(data.durationSeconds)}`);
      for (const part of parts) {
        const done = Math.min(1, Math.max(0, (t - part.start) / (part.end - part.start)));
        part.progress.style.transform = `scaleX(${done})`;
      }
    },
  };
}
