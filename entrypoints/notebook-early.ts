/**
 * Loaded by notebook.html as a classic script in its <head>, ahead of the page's modules: asks the background for
 * the first screen of notes at once (components/pages/first-screen.ts), so that the answer is here by the time the
 * notebook's code has loaded and renders.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askForFirstScreen, NOTEBOOK_FIRST_SCREEN } from '@/components/pages/first-screen';

export default defineUnlistedScript(() => askForFirstScreen(NOTEBOOK_FIRST_SCREEN));
