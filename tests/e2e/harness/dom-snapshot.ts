/**
 * A description of everything in a page's DOM that an extension could add: every element (through open
 * shadow roots) by tag, id and attribute names, plus the document's style sheets. Values that the page itself
 * changes while a video plays (time, progress, classes) are left out, so two loads of one page compare equal.
 */
import type { Page } from 'playwright-core';

export function domSnapshot(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines: string[] = [];
    const describe = (element: Element, depth: number) => {
      const attributes = element.getAttributeNames().filter((name) => name !== 'class' && name !== 'style').sort();
      lines.push(`${'  '.repeat(depth)}${element.localName}${element.id ? `#${element.id}` : ''}[${attributes.join(',')}]`);
      if (element.shadowRoot) {
        lines.push(`${'  '.repeat(depth + 1)}#shadow-root`);
        for (const child of element.shadowRoot.children) describe(child, depth + 2);
      }
      for (const child of element.children) describe(child, depth + 1);
    };
    describe(document.documentElement, 0);
    lines.push(`styleSheets=${document.styleSheets.length} adopted=${document.adoptedStyleSheets.length}`);
    return lines;
  });
}

/**
 * Resolves after `ms` during which no element was added anywhere in the page. Absence has no event to wait
 * for, so this watches for a bounded time (well beyond the extension's 40 ms settle delay) and fails fast if
 * anything appears.
 */
export async function expectNothingAddedFor(page: Page, ms: number): Promise<void> {
  const added = await page.evaluate(
    (duration) =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        const observer = new MutationObserver((records) => {
          for (const record of records) {
            for (const node of record.addedNodes) if (node instanceof Element) seen.push(node.localName);
          }
        });
        observer.observe(document, { childList: true, subtree: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(seen);
        }, duration);
      }),
    ms,
  );
  if (added.length > 0) throw new Error(`elements were added to the page: ${added.join(', ')}`);
}
