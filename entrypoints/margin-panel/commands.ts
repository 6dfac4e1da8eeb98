/** Receives the keyboard commands the background passes on to this tab (see utils/tab-commands.ts). */
import type { Browser } from 'wxt/browser';
import { extensionRuntime } from '@/utils/messaging';
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
  const runtime = extensionRuntime();
  // Answers through sendResponse (no polyfill here: Chrome does not take a listener's Promise as its answer).
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    // Only this extension's background or popup may command the panel; a page cannot reach runtime.onMessage anyway.
    if (sender.id !== runtime.id || sender.tab) return undefined;
    const second = readTabSeek(message);
    if (second !== undefined) {
      let seeked = false;
      for (const seek of seekers) seeked = seek(second) || seeked;
      sendResponse({ handled: seekers.size > 0, seeked });
      return undefined;
    }
    if (readTabCommand(message) !== 'add-note') return undefined;
    for (const listener of listeners) listener();
    sendResponse({ handled: listeners.size > 0 });
    return undefined;
  };
  runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(onMessage), { once: true });
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
