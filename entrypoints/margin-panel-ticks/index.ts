import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPanelPart } from '@/utils/panel-parts';
import { createProgressMarkers } from '@/entrypoints/margin-panel/progress-markers';

/** What this part gives the panel (see entrypoints/margin-panel/lazy-markers.ts). */
export interface TicksPart {
  createProgressMarkers: typeof createProgressMarkers;
}

// Injected by the background into a YouTube tab the first time its panel has ticks to draw on the progress bar.
export default defineUnlistedScript(() => {
  registerPanelPart('ticks', { createProgressMarkers } satisfies TicksPart);
});
