import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { panelKeepsKey, type FocusedControl } from '@/utils/panel-keys';

const SHORTCUTS = ['k', 'j', 'l', 'm', 'f', 'c', 't', 'i', '0', '5', '9', ',', '.', '<', '>', '/'];

describe('which keys pressed in Margin stay in Margin', () => {
  it.each<[FocusedControl, string, boolean]>([
    ['text', 'k', true],
    ['text', ' ', true],
    ['text', 'ArrowLeft', true],
    ['text', '5', true],
    ['control', 'Enter', true],
    ['control', ' ', true],
    ['control', 'Escape', true],
    ['control', 'Tab', true],
    ['control', 'k', false],
    ['control', 'ArrowRight', false],
    ['control', 'Home', false],
    ['control', 'm', false],
    ['arrow-list', 'ArrowDown', true],
    ['arrow-list', 'ArrowLeft', true],
    ['arrow-list', 'Home', true],
    ['arrow-list', 'End', true],
    ['arrow-list', 'Enter', true],
    ['arrow-list', 'k', false],
    ['arrow-list', 'f', false],
    ['none', 'Enter', false],
  ])('%s, %j → kept: %s', (control, key, kept) => {
    expect(panelKeepsKey(control, key)).toBe(kept);
  });

  it('leaves every YouTube shortcut letter and digit to YouTube unless a text field has the focus', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHORTCUTS), fc.constantFrom<FocusedControl>('control', 'arrow-list', 'none'), (key, control) => {
        expect(panelKeepsKey(control, key)).toBe(false);
        expect(panelKeepsKey('text', key)).toBe(true);
      }),
    );
  });
});
