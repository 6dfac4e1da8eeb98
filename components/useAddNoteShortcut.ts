import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '@/utils/messaging';

/**
 * The add-note shortcut as the browser has it now ("Alt+Shift+N"; the learner may have changed it): null until
 * known, '' when none is set.
 */
export function useAddNoteShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    sendRequest('commands/shortcut', {}).then(
      ({ addNote }) => current && setShortcut(addNote),
      () => current && setShortcut(''),
    );
    return () => {
      current = false;
    };
  }, []);
  return shortcut;
}

/** The shortcut written for aria-keyshortcuts ("Alt+Shift+N"; macOS's "⌥⇧N" spelled out). */
export function ariaKeyShortcut(shortcut: string): string {
  const names: Record<string, string> = { '⌥': 'Alt+', '⇧': 'Shift+', '⌘': 'Meta+', '⌃': 'Control+', Ctrl: 'Control', MacCtrl: 'Control', Command: 'Meta' };
  return shortcut.replace(/⌥|⇧|⌘|⌃|MacCtrl|Ctrl|Command/g, (symbol) => names[symbol] ?? symbol);
}
