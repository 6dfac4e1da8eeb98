import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { ignoreForgedTeardown, scriptStartedEventName } from '../youtube.content/forged-teardown';
import { followLessonPage } from './follow-lesson-page';
import { showLessonPanel } from './lesson-loader';

/** The entrypoint's name, which WXT puts in its event names. */
const NAME = 'lesson-page';

// Runs on every page of www.3blue1brown.com, so it only recognises a lesson page of the series (its address, or
// its JSON-LD); the panel's code loads only there (see lesson-loader.ts).
export default defineContentScript({
  matches: ['*://www.3blue1brown.com/*'],
  runAt: 'document_idle',
  // WXT would otherwise post `<extension id>:lesson-page:wxt:content-script-started` to the page: Margin's id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A page must not be able to switch Margin off with WXT's own event (see forged-teardown.ts).
    ignoreForgedTeardown(scriptStartedEventName(browser.runtime.id, NAME), ctx.signal, () => browser.runtime?.id != null);
    followLessonPage(ctx, (videoId) => showLessonPanel(ctx, videoId));
  },
});
