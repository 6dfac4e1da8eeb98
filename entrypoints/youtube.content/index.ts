import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMargin } from './start';

// Runs on every YouTube page, so it only recognises a series video; the panel's code loads when one is open.
// m.youtube.com is YouTube's site for phones (Firefox for Android).
export default defineContentScript({
  matches: ['*://www.youtube.com/*', '*://m.youtube.com/*'],
  // document_start, so that the key guard's window listeners come before any of YouTube's own.
  runAt: 'document_start',
  // WXT would otherwise post `<extension id>:youtube:wxt:content-script-started` to the page: Margin's id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startMargin(ctx);
  },
});
