import { describe, expect, it } from 'vitest';
import { ariaKeyShortcut } from '@/components/useAddNoteShortcut';

describe('the add-note shortcut, as aria-keyshortcuts spells it', () => {
  it.each([
    ['Alt+Shift+N', 'Alt+Shift+N'],
    ['Ctrl+Shift+Y', 'Control+Shift+Y'],
    ['⌥⇧N', 'Alt+Shift+N'],
    ['⌘⇧K', 'Meta+Shift+K'],
    ['MacCtrl+Shift+N', 'Control+Shift+N'],
    ['Command+Alt+P', 'Meta+Alt+P'],
  ])('%s → %s', (shown, aria) => {
    expect(ariaKeyShortcut(shown)).toBe(aria);
  });
});
