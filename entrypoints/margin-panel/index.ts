import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPanelFactory } from '@/utils/panel-contract';
import { createPanelController } from './controller';

// Injected by the background into a YouTube tab once a series video is open there (see panel-loader.ts).
export default defineUnlistedScript(() => {
  registerPanelFactory(createPanelController);
});
