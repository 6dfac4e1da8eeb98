/**
 * How the always-loaded content script and the lazily injected panel script meet. Both run in the same
 * isolated world of the tab, so the panel script leaves its factory on that world's global object (which the
 * page's own scripts cannot see) under this key.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ResponseOf } from './protocol';

/**
 * What the first paint needs, asked for by the content script at the same time as the panel's code (rather than
 * by the panel once its code has arrived): one round trip less before the panel can paint on a fresh load.
 */
export interface EarlyAnswers {
  settings: Promise<ResponseOf<'settings/get'>>;
  lesson: Promise<ResponseOf<'catalog/get'>>;
}

export interface PanelController {
  /** Mounts the panel for this series video, or moves the mounted panel to it. */
  show(videoId: string, early?: EarlyAnswers): Promise<void>;
  /** Removes the panel from the page; `show` mounts it again. */
  hide(): void;
}

export type CreatePanel = (ctx: ContentScriptContext) => PanelController;

export const PANEL_FACTORY_KEY = '__marginCreatePanel';

type Registered = { create: CreatePanel; alive: () => boolean };
type PanelGlobal = typeof globalThis & { [PANEL_FACTORY_KEY]?: Registered };

/**
 * `alive` says whether the Margin that injected this panel script still exists: after an update the world may
 * keep the old script's factory, which must not be used by the new content script (it loads its own).
 */
export function registerPanelFactory(create: CreatePanel, alive: () => boolean = () => true): void {
  (globalThis as PanelGlobal)[PANEL_FACTORY_KEY] = { create, alive };
}

export function registeredPanelFactory(): CreatePanel | undefined {
  const registered = (globalThis as PanelGlobal)[PANEL_FACTORY_KEY];
  return registered?.alive() ? registered.create : undefined;
}
