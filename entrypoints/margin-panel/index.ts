import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPanelFactory } from '@/utils/panel-contract';
import { forgetPanelParts } from '@/utils/panel-parts';
import { isOrphaned } from '@/utils/messaging';
import { lendPreact } from '@/components/parts/lend-preact';
import { createPanelController } from './controller';

// Injected by the background into a YouTube tab once a series video is open there (see panel-loader.ts).
export default defineUnlistedScript(() => {
  // The later parts (the ticks, the notes and glossary tabs) are injected when needed, and render with this Preact.
  forgetPanelParts();
  lendPreact();
  registerPanelFactory(createPanelController, () => !isOrphaned());
});
