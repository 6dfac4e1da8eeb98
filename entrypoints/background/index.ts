import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { lazyDatabase } from './db/connection';
import { createRequestHandlers } from './handlers';
import { createLiveHub } from './live-hub';
import { listenForRequests } from './router';
import { listenForCommands } from './commands';

// The background worker may be stopped at any moment: everything it needs is registered synchronously here,
// and the database opens on the first request that needs it.
export default defineBackground(() => {
  const hub = createLiveHub(browser.runtime.id);
  listenForRequests(createRequestHandlers({ connect: lazyDatabase(), hub }));
  browser.runtime.onConnect.addListener((port) => hub.accept(port));
  listenForCommands();
});
