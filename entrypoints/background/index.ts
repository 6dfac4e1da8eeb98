import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { lazyDatabase } from './db/connection';
import { createRequestHandlers } from './handlers';
import { createLiveHub } from './live-hub';
import { createLessonReader } from './lesson-snapshot';
import { listenForRequests } from './router';
import { listenForCommands } from './commands';
import { browserSyncArea, listenForSyncChanges } from './sync/area';
import { STARTUP_DELAY_MS, createSyncEngine } from './sync/engine';
import { listenForInstall } from './first-run';
import { listenForUpdates } from './reattach';

// The background worker may be stopped at any moment: everything it needs is registered synchronously here,
// and the database opens on the first request that needs it.
export default defineBackground({
  // Firefox (MV2) runs this as an event page rather than a persistent background page: the same life as Chrome's
  // service worker (stopped when idle, woken by a message, a port or the command), which the code is written
  // for anyway (the database opens lazily, views reconnect their live port and resync), and no page kept in
  // memory all day for a panel used a few times. Chrome MV3 ignores the option.
  persistent: false,
  main() {
    const connect = lazyDatabase();
    // A panel's subscription is confirmed with its lesson's notes and the settings: one exchange, not two.
    const hub = createLiveHub(browser.runtime.id, createLessonReader(connect));
    const sync = createSyncEngine({ connect, area: browserSyncArea, hub });
    listenForRequests(createRequestHandlers({ connect, hub, sync }));
    browser.runtime.onConnect.addListener((port) => hub.accept(port));
    listenForCommands();
    // What other browsers wrote, on start-up and whenever it lands.
    listenForSyncChanges((changes) => sync.changed(changes));
    sync.schedule(STARTUP_DELAY_MS);
    listenForInstall();
    listenForUpdates();
  },
});
