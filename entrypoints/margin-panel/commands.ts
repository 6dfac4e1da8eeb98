/** Receives the keyboard commands the background passes on to this tab (see utils/tab-commands.ts). */
import { browser, type Browser } from 'wxt/browser';
import { readTabCommand, readTabSeek } from '@/utils/tab-commands';

export interface PanelCommands {
  /** Calls `listener` on each add-note command; returns a function that stops. */
  onAddNote(listener: () => void): () => void;
  /** Calls `listener` when the popup asks to seek this tab's lesson; it answers whether the seek happened. */
  onSeek(listener: (t: number) => boolean): () => void;
}

export function listenForCommands(signal: AbortSignal): PanelCommands {
  const listeners = new Set<() => void>();
  const seekers = new Set<(t: number) => boolean>();
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only this extension's background or popup may command the panel; a page cannot reach runtime.onMessage anyway.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const second = readTabSeek(message);
    if (second !== undefined) {
      let seeked = false;
      for (const seek of seekers) seeked = seek(second) || seeked;
      return Promise.resolve({ handled: seekers.size > 0, seeked });
    }
    if (readTabCommand(message) !== 'add-note') return undefined;
    for (const listener of listeners) listener();
    return Promise.resolve({ handled: listeners.size > 0 });
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  return {
    onAddNote(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onSeek(listener) {
      seekers.add(listener);
      return () => seekers.delete(listener);
    },
  };
}
