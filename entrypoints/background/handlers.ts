import { browser } from 'wxt/browser';
import type { RequestHandlers, Sender } from './router';

function senderFrame(sender: Sender): { tabId: number; frameIds: number[] } {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('only a tab can ask for this');
  return { tabId, frameIds: [sender.frameId ?? 0] };
}

export const requestHandlers: RequestHandlers = {
  async 'panel/load'(_payload, sender) {
    // The panel's code (Preact, components, catalog) reaches a tab only once a series video is open in it.
    await browser.scripting.executeScript({ target: senderFrame(sender), files: ['/margin-panel.js'] });
    return { loaded: true };
  },
};
