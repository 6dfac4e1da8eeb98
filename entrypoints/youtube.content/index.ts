import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardPanelKeys } from './key-guard';
import { followSeriesVideo } from './follow-series-video';
import { showPanelFor } from './panel-loader';

// Runs on every YouTube page, so it only recognises a series video; the panel's code loads when one is open.
export default defineContentScript({
  matches: ['*://www.youtube.com/*'],
  // document_start, so that the key guard's window listeners come before any of YouTube's own.
  runAt: 'document_start',
  main(ctx) {
    guardPanelKeys(ctx);
    followSeriesVideo(ctx, (videoId) => showPanelFor(ctx, videoId));
  },
});
