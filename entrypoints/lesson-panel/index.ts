import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPanelFactory } from '@/utils/panel-contract';
import { isOrphaned, sendRequest } from '@/utils/messaging';
import { registeredMathsRenderer, setMathsLoader } from '@/components/maths/maths-loader';
import { createLessonController } from './controller';

// Injected by the background into a lesson page of www.3blue1brown.com (frame 0) once it shows a lesson of the
// series (see entrypoints/lesson-page.content).
export default defineUnlistedScript(() => {
  registerPanelFactory(createLessonController, () => !isOrphaned());
  setMathsLoader(async () => {
    if (!registeredMathsRenderer()) await sendRequest('maths/load', {});
    const render = registeredMathsRenderer();
    if (!render) throw new Error('the maths script did not register itself');
    return render;
  });
});
