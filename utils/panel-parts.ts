/**
 * Parts of the panel that a lesson's first paint does not need (the progress-bar ticks, the notes tab and its
 * editor, the glossary tab) are scripts of their own: the panel asks the background (`parts/load`) to inject one into its frame the
 * first time it is needed, which keeps the panel script itself small. Like the panel's factory (panel-contract.ts),
 * an injected part leaves what it exports on the isolated world's global object, which the page cannot see.
 */
import { sendRequest } from './messaging';

export const PANEL_PARTS = ['ticks', 'notes', 'glossary'] as const;
export type PanelPart = (typeof PANEL_PARTS)[number];

/** The script that holds each part (an unlisted entrypoint of the build). */
export const PANEL_PART_FILES = {
  ticks: '/margin-panel-ticks.js',
  notes: '/margin-panel-notes.js',
  glossary: '/margin-panel-glossary.js',
} as const satisfies Record<PanelPart, `/${string}.js`>;

const PARTS_KEY = '__marginPanelParts';
/** Who waits for each part being loaded: on the global object too, as each part's script has its own copy of this module. */
const ARRIVALS_KEY = '__marginPanelPartArrivals';
type PartsGlobal = typeof globalThis & {
  [PARTS_KEY]?: Partial<Record<PanelPart, unknown>>;
  [ARRIVALS_KEY]?: Partial<Record<PanelPart, () => void>>;
};

const registry = () => ((globalThis as PartsGlobal)[PARTS_KEY] ??= {});
const arrivals = () => ((globalThis as PartsGlobal)[ARRIVALS_KEY] ??= {});

/**
 * Called by the panel script as it starts: parts left by an earlier Margin (updated or reloaded under this tab)
 * belong to that Margin and are not used; this panel loads its own.
 */
export function forgetPanelParts(): void {
  (globalThis as PartsGlobal)[PARTS_KEY] = {};
  (globalThis as PartsGlobal)[ARRIVALS_KEY] = {};
  loading.clear();
}

/** Called by a part's script when injected. */
export function registerPanelPart(part: PanelPart, exports: unknown): void {
  registry()[part] = exports;
  arrivals()[part]?.();
}

const loading = new Map<PanelPart, Promise<unknown>>();

/** The part's exports if it has arrived already. */
export function registeredPanelPart<T>(part: PanelPart): T | undefined {
  return registry()[part] as T | undefined;
}

/**
 * The part's exports, injecting its script the first time; rejects when that failed (tried again next time).
 * Resolves as soon as the script has registered the part, which it does as it runs: the background's answer
 * that it injected it comes later (it waits for the injection's result to travel back), and counts only when the
 * part never registered.
 */
export function loadPanelPart<T>(part: PanelPart): Promise<T> {
  const ready = registry()[part];
  if (ready) return Promise.resolve(ready as T);
  let pending = loading.get(part);
  if (!pending) {
    const registered = new Promise<unknown>((resolve) => {
      arrivals()[part] = () => resolve(registry()[part]);
    });
    const injected = sendRequest('parts/load', { part }).then(() => {
      const loaded = registry()[part];
      if (!loaded) throw new Error(`the ${part} script did not register itself`);
      return loaded;
    });
    pending = Promise.race([registered, injected]);
    pending.then(
      () => delete arrivals()[part],
      () => {
        delete arrivals()[part];
        loading.delete(part);
      },
    );
    loading.set(part, pending);
  }
  return pending as Promise<T>;
}
