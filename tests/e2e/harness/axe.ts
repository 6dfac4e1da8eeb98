/**
 * axe-core (pinned devDependency) run inside a page: on the whole document (Margin's own pages) or on Margin's
 * element only (`include`, e.g. [['margin-panel']]: axe enters its open shadow root). Evaluated through the
 * DevTools protocol, so a page's Content Security Policy does not keep it out.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Each violation as `rule (impact): target, target…`; empty when axe finds none. */
export async function axeViolations(page: Page, include?: string[][]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (context) => {
    interface AxeResult {
      violations: { id: string; impact?: string; nodes: { target: unknown[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run(context ? { include: context } : document, { resultTypes: ['violations'] });
    return result.violations.map(
      (violation) => `${violation.id} (${violation.impact ?? '?'}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
    );
  }, include ?? null);
}
