/**
 * Keyboard commands (manifest `commands`): the browser delivers them to the background even while YouTube has
 * the focus or is in fullscreen; the background passes them on to the active tab's panel.
 */
import { browser, type Browser } from 'wxt/browser';
import { TAB_COMMANDS, tabCommand, type TabCommandName } from '@/utils/tab-commands';

export async function forwardCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (!(TAB_COMMANDS as readonly string[]).includes(command)) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  // A tab without a series video has no panel listening: nothing to do there.
  await browser.tabs.sendMessage(tabId, tabCommand(command as TabCommandName)).catch(() => undefined);
}

export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => void forwardCommand(command, tab));
}

/** The add-note shortcut as the browser has it now (the learner may have changed or removed it): '' when none. */
export async function addNoteShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === 'add-note')?.shortcut ?? '';
}
