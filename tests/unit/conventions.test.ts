/**
 * The project's habits, checked rather than only written down (DESIGN.md): HTML never built from strings,
 * nothing of the learner's in the page's storage, pure logic kept pure, one idea per file, entrypoints thin.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const MAX_LINES = 250;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const product = ['entrypoints', 'components', 'utils'].flatMap(sourceFiles);
/** Code that runs in a YouTube tab: the always-loaded script, the panel and its components. */
const inYouTubeTab = [...sourceFiles('entrypoints/youtube.content'), ...sourceFiles('entrypoints/margin-panel'), ...sourceFiles('components')];

describe('conventions', () => {
  it('finds the product code it checks', () => {
    expect(product.length).toBeGreaterThan(40);
    expect(inYouTubeTab).toContain(join('entrypoints', 'margin-panel', 'controller.tsx'));
  });

  it('never builds DOM from HTML strings (YouTube enforces Trusted Types; notes are untrusted)', () => {
    const offenders = product.filter((file) => /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it("keeps the learner's data out of youtube.com's own storage", () => {
    const offenders = inYouTubeTab.filter((file) => /\b(localStorage|sessionStorage|indexedDB|document\.cookie|caches\.open)\b/.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it('keeps utils/ free of the browser, but for the two sending ends of the protocol', () => {
    const glue = ['utils/messaging.ts', 'utils/live.ts'].map((file) => join(...file.split('/')));
    const offenders = sourceFiles('utils').filter(
      (file) => !glue.includes(file) && /from 'wxt\/browser'|\b(document|window|chrome)\.|\bbrowser\./.test(read(file)),
    );
    expect(offenders).toEqual([]);
  });

  it('reads lesson time and seeks only through the lesson clock (stitched ads make the <video> clock lie)', () => {
    const clock = ['entrypoints/margin-panel/youtube-clock.ts', 'entrypoints/clock-bridge.ts'].map((file) => join(...file.split('/')));
    const code = (file: string) => read(file).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const offenders = product.filter(
      (file) => !clock.includes(file) && /\.currentTime\b|\bseekTo\b|\bfastSeek\b|\bgetCurrentTime\b|\bgetDuration\b/.test(code(file)),
    );
    expect(offenders).toEqual([]);
    expect(product).toEqual(expect.arrayContaining(clock));
  });

  it("keeps components on utils/ contracts: none imports an entrypoint's files", () => {
    const offenders = sourceFiles('components').filter((file) => /from '@\/entrypoints\//.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it(`holds one idea per file: none longer than ${MAX_LINES} lines`, () => {
    const long = product.filter((file) => read(file).split('\n').length > MAX_LINES).map((file) => relative(ROOT, join(ROOT, file)));
    expect(long).toEqual([]);
  });

  it('keeps entrypoints thin: no extension API called at module top level', () => {
    const mains = ['entrypoints/background/index.ts', 'entrypoints/youtube.content/index.ts', 'entrypoints/margin-panel/index.ts'];
    for (const file of mains) {
      const topLevel = read(file)
        .split('\n')
        .filter((line) => /^\S/.test(line) && !/^(import|export default|\/\/|\/\*| \*|\}|\)|export type)/.test(line));
      expect(topLevel.filter((line) => /browser\.|chrome\./.test(line)), file).toEqual([]);
    }
  });
});
