import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPanelFactory } from '@/utils/panel-contract';
import { isOrphaned, sendRequest } from '@/utils/messaging';
import { registeredMathsRenderer, setMathsLoader } from '@/components/maths/maths-loader';
import { createPanelController } from './controller';

// Injected by the background into a YouTube tab once a series video is open there (see panel-loader.ts).
export default defineUnlistedScript(() => {
  registerPanelFactory(createPanelController, () => !isOrphaned());
  setMathsLoader(async () => {
    if (!registeredMathsRenderer()) await sendRequest('maths/load', {});
    const render = registeredMathsRenderer();
    if (!render) throw new Error('the maths script did not register itself');
    return render;
  });
});
