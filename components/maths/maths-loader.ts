/**
 * How a view gets the maths renderer, which is large (temml, about 115 KB gzip) and needed only once a note
 * holds maths. Each entry point says how to load it: Margin's pages by a dynamic import (a chunk of their own),
 * the panel on YouTube by asking the background to inject the maths script into its tab (a content script
 * cannot import a chunk without exposing it to every page). Loaded at most once per view.
 */

/**
 * Renders TeX as MathML into `target`, replacing what it held, with DOM methods only (never an HTML string:
 * YouTube enforces Trusted Types). False when the TeX cannot be read; `target` is then left as it was.
 */
export type MathsRenderer = (tex: string, display: boolean, target: Element) => boolean;

let load: (() => Promise<MathsRenderer>) | undefined;
let loaded: Promise<MathsRenderer> | undefined;

export function setMathsLoader(loader: () => Promise<MathsRenderer>): void {
  load = loader;
  loaded = undefined;
}

/** The renderer, loading it on first use; rejects when no loader was set or loading failed (tried again next time). */
export function loadMathsRenderer(): Promise<MathsRenderer> {
  if (!load) return Promise.reject(new Error('no maths loader in this view'));
  loaded ??= load().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

/** The key under which the injected maths script leaves its renderer on the tab's isolated world (see panel-contract). */
export const MATHS_RENDERER_KEY = '__marginRenderMaths';
type MathsGlobal = typeof globalThis & { [MATHS_RENDERER_KEY]?: MathsRenderer };

export function registerMathsRenderer(render: MathsRenderer): void {
  (globalThis as MathsGlobal)[MATHS_RENDERER_KEY] = render;
}

export function registeredMathsRenderer(): MathsRenderer | undefined {
  return (globalThis as MathsGlobal)[MATHS_RENDERER_KEY];
}
