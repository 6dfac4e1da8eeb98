/**
 * The layout modes of the imitation (see ../modes.ts): which element is the watch page's root and how the
 * grid variant arranges its columns, the sticky and wide side column (CSS switched on from <html>), a watch
 * page whose two columns arrive late, and the re-render of the columns that removes nodes YouTube does not own.
 */
import type { ImitationMode } from '../modes';
import { byId } from './dom';

export type Modes = ReadonlySet<ImitationMode>;

/** The known roots, and one that no extension knows. */
export function watchRootTag(modes: Modes): string {
  if (modes.has('watch-grid')) return 'ytd-watch-grid';
  if (modes.has('watch-fixie')) return 'ytd-watch-fixie';
  if (modes.has('unknown-watch-root')) return 'ytd-watch-nextgen';
  return 'ytd-watch-flexy';
}

/** Column styles are switched by attributes on <html> (app.css). */
export function applyPageModes(modes: Modes): void {
  for (const mode of ['sticky-column', 'wide-column'] as const) {
    document.documentElement.toggleAttribute(`imitation-${mode}`, modes.has(mode));
  }
}

/**
 * `ytd-watch-grid`: the related list below the player, the title, description and comments in the side column.
 * Built from the usual skeleton by moving those parts; the page keeps this arrangement at every width.
 */
export function arrangeAsGrid(root: HTMLElement): void {
  const related = byId(root, 'related');
  const moved = [root.querySelector('ytd-watch-metadata'), byId(root, 'comments')].filter((node): node is HTMLElement => node !== null);
  byId(root, 'secondary-inner').replaceChildren(...moved);
  byId(root, 'below').append(related);
  // Not a flexy: no private two-column attribute to read, only the geometry of the columns.
  root.removeAttribute('is-two-columns_');
}

/** When the late mode is on, the root starts in one column, with no related list: `settle` ends that. */
export const LATE_COLUMNS_MS = 650;
export const PENDING_ATTRIBUTE = 'columns-pending';

export function startLateColumns(root: HTMLElement, relayout: () => void): void {
  root.setAttribute(PENDING_ATTRIBUTE, '');
  byId(root, 'related').hidden = true;
  setTimeout(() => {
    root.removeAttribute(PENDING_ATTRIBUTE);
    byId(root, 'related').hidden = false;
    relayout();
  }, LATE_COLUMNS_MS);
}

/** How long after `yt-navigate-finish` the columns are re-rendered in the `column-rerender` mode. */
export const RERENDER_AFTER_MS = 500;

/**
 * YouTube re-rendering the columns: every child of #secondary, #secondary-inner and #below that the page did
 * not build itself (its own nodes carry `style-scope`) is removed, as ImprovedTube reports for other containers.
 * Returns how many nodes were removed.
 */
export function rerenderColumns(root: HTMLElement | undefined): number {
  if (!root) return 0;
  let removed = 0;
  for (const id of ['secondary', 'secondary-inner', 'below']) {
    const parent = root.querySelector(`#${id}`);
    for (const child of Array.from(parent?.children ?? [])) {
      if (child.classList.contains('style-scope')) continue;
      child.remove();
      removed++;
    }
  }
  return removed;
}
