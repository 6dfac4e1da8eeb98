/** On install (not on update or a browser update), Margin opens its welcome page once. */
import { browser } from 'wxt/browser';

export function listenForInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
