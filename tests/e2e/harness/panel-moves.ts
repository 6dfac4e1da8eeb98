/**
 * Every time Margin's panel host is put into the page (mounted, moved, re-inserted), recorded in the page's main
 * world from before the page's own script runs, as the id (or tag) of the element it went into.
 */
import type { Disposable, Page } from 'playwright-core';
import { PANEL_TAG } from './panel';

declare global {
  interface Window {
    __marginInsertions?: string[];
    /** The host element of each insertion: one distinct element means the panel was moved, never re-created. */
    __marginHosts?: Element[];
  }
}

/** Records insertions on every page load of `page` until the returned handle is disposed. */
export function recordPanelInsertions(page: Page): Promise<Disposable> {
  return page.addInitScript((tag) => {
    const insertions: string[] = [];
    const hosts: Element[] = [];
    window.__marginInsertions = insertions;
    window.__marginHosts = hosts;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element) || node.localName !== tag) continue;
          insertions.push(node.parentElement?.id || node.parentElement?.localName || '?');
          hosts.push(node);
        }
      }
    }).observe(document, { childList: true, subtree: true });
  }, PANEL_TAG);
}

export function panelInsertions(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__marginInsertions?.slice() ?? []);
}

/** How many different host elements were ever inserted. */
export function distinctPanelHosts(page: Page): Promise<number> {
  return page.evaluate(() => new Set(window.__marginHosts ?? []).size);
}
