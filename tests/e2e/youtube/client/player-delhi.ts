/**
 * The redesigned player (mode `delhi-player`, YouTube's 2025 "delhi" player): its classes on #movie_player, and in
 * fullscreen the larger controls (`ytp-big-mode`) and a grid of more videos that peeks up from the bottom
 * (`.ytp-fullscreen-grid.ytp-fullscreen-grid-peeking`), painted over most of the player's own layers.
 * Class names from a 2026 capture of the real page; sizes and positions here are modelled, not captured.
 */
import { el } from './dom';

export function installDelhi(root: HTMLElement): void {
  root.classList.add('ytp-delhi-modern', 'ytp-delhi-modern-icons');
  const grid = el('div', { class: 'ytp-fullscreen-grid' },
    ...['More videos', 'Up next', 'From 3Blue1Brown', 'Related'].map((title) => el('div', { class: 'ytp-fullscreen-grid-item' }, title)));
  root.append(grid);
  document.addEventListener('fullscreenchange', () => {
    const full = document.fullscreenElement !== null;
    root.classList.toggle('ytp-big-mode', full);
    grid.classList.toggle('ytp-fullscreen-grid-peeking', full);
  });
}
