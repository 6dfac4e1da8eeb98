import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPanelFactory } from '@/utils/panel-contract';
import { forgetPanelParts } from '@/utils/panel-parts';
import { isOrphaned } from '@/utils/messaging';
import { lendPreact } from '@/components/parts/lend-preact';
import { createLessonController } from './controller';

// Injected by the background into a lesson page of www.3blue1brown.com (frame 0) once it shows a lesson of the
// series (see entrypoints/lesson-page.content).
export default defineUnlistedScript(() => {
  // The later parts (the ticks, the notes and glossary tabs) are injected when needed, and render with this Preact.
  forgetPanelParts();
  lendPreact();
  registerPanelFactory(createLessonController, () => !isOrphaned());
});
