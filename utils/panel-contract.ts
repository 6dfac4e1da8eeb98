/**
 * How the always-loaded content script and the lazily injected panel script meet. Both run in the same
 * isolated world of the tab, so the panel script leaves its factory on that world's global object (which the
 * page's own scripts cannot see) under this key.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface PanelController {
  /** Mounts the panel for this series video, or moves the mounted panel to it. */
  show(videoId: string): Promise<void>;
  /** Removes the panel from the page; `show` mounts it again. */
  hide(): void;
}

export type CreatePanel = (ctx: ContentScriptContext) => PanelController;

export const PANEL_FACTORY_KEY = '__marginCreatePanel';

type PanelGlobal = typeof globalThis & { [PANEL_FACTORY_KEY]?: CreatePanel };

export function registerPanelFactory(create: CreatePanel): void {
  (globalThis as PanelGlobal)[PANEL_FACTORY_KEY] = create;
}

export function registeredPanelFactory(): CreatePanel | undefined {
  return (globalThis as PanelGlobal)[PANEL_FACTORY_KEY];
}
