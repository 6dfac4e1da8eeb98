/**
 * Background → tab messages: keyboard commands the browser delivers to the background (they work while YouTube
 * has focus, even in fullscreen), passed on to the panel of the active tab. Declared once, for both ends.
 */

export const TAB_COMMANDS = ['add-note'] as const;
export type TabCommandName = (typeof TAB_COMMANDS)[number];

export interface TabCommand {
  margin: 1;
  type: 'command';
  command: TabCommandName;
}

export function tabCommand(command: TabCommandName): TabCommand {
  return { margin: 1, type: 'command', command };
}

export function readTabCommand(message: unknown): TabCommandName | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { margin, type, command } = message as Record<string, unknown>;
  if (margin !== 1 || type !== 'command') return undefined;
  return (TAB_COMMANDS as readonly unknown[]).includes(command) ? (command as TabCommandName) : undefined;
}

/** Popup → the tab's panel: seek the lesson there, in place, instead of reloading the tab at `&t=`. */
export interface TabSeek {
  margin: 1;
  type: 'seek';
  t: number;
}

export function tabSeek(t: number): TabSeek {
  return { margin: 1, type: 'seek', t: Math.max(0, Math.floor(t)) };
}

/** The second to seek to, or undefined when the message is not a well-formed seek. */
export function readTabSeek(message: unknown): number | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { margin, type, t } = message as Record<string, unknown>;
  if (margin !== 1 || type !== 'seek' || typeof t !== 'number' || !Number.isFinite(t) || t < 0 || t > 86_400) return undefined;
  return t;
}

/**
 * The background's question to a tab, before it runs the content script there after an install or update: is a
 * live Margin already here? A running content script of this Margin answers true; one left by an earlier Margin
 * cannot answer at all. Running a second content script beside a live one would make two panels fight.
 */
export interface TabPing {
  margin: 1;
  type: 'tab-ping';
}

export const TAB_PING: TabPing = { margin: 1, type: 'tab-ping' };

export function isTabPing(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { margin?: unknown }).margin === 1 && (message as { type?: unknown }).type === 'tab-ping';
}
