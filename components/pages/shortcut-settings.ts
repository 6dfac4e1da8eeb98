import { browser } from 'wxt/browser';

/** Opens the browser's own page for extension shortcuts (Chrome: chrome://extensions/shortcuts; Firefox: its manager). */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
