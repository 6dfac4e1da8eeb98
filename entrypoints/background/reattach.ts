/**
 * After an install or an update (a reload included), the YouTube tabs already open have no working Margin:
 * Chrome does not run content scripts in them again, and the old ones can no longer reach the background. So
 * Margin runs its content script in each of them itself; the learner need not reload. The new script takes over
 * from the old one (WXT stops it), whose unsaved text moves to a card (margin-panel/orphan-keeper.ts).
 */
import { browser } from 'wxt/browser';
import { TAB_PING } from '@/utils/tab-commands';

/** The built content script, as the manifest lists it. */
const CONTENT_SCRIPT = '/content-scripts/youtube.js';
const YOUTUBE_TABS = ['*://www.youtube.com/*', '*://m.youtube.com/*'];

/** Resolves once the tab has finished loading (at most 10 s). */
async function whenLoaded(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab || tab.status === 'complete') return;
  await new Promise<void>((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      resolve();
    };
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, 10_000);
    browser.tabs.onUpdated.addListener(listener);
  });
}

export async function reattachToOpenTabs(): Promise<number> {
  const tabs = await browser.tabs.query({ url: YOUTUBE_TABS });
  const injected = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return false;
      // A tab that loaded while Margin was being installed already runs this Margin: a second copy would fight it.
      // Its content script has answered by the time the tab is loaded (it starts at document_start).
      await whenLoaded(tab.id);
      const live = await browser.tabs.sendMessage(tab.id, TAB_PING).then((answer) => answer === true, () => false);
      if (live) return false;
      // A tab may close, or be on an error page, meanwhile: it simply gets nothing.
      return browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] }).then(() => true, () => false);
    }),
  );
  return injected.filter(Boolean).length;
}

export function listenForUpdates(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Only after an update (a reload included): the old content scripts are dead then. On a first install the
    // open tabs get Margin when they next load; running it into a tab that is loading right then could give it
    // two live copies, whose panels fight (the ping below narrows that, but cannot close it during a load).
    if (reason === 'update') void reattachToOpenTabs();
  });
}
