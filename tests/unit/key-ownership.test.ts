import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLoneReleaseTracker, GUARD_COPY_MARK, guardKeeps, isPersonsKey } from '@/utils/key-ownership';
import { panelKeepsKey } from '@/utils/panel-keys';

describe('guardKeeps', () => {
  it.each(['compositionstart', 'compositionupdate', 'compositionend'])('keeps %s from anything inside Margin', (type) => {
    for (const control of ['text', 'arrow-list', 'control', 'none'] as const) expect(guardKeeps(control, { type })).toBe(true);
  });

  it.each([
    { type: 'keydown', key: 'Process', keyCode: 229 },
    { type: 'keydown', key: 'k', keyCode: 229 },
    { type: 'keyup', key: 'k', isComposing: true },
  ])('keeps the IME key %o even when focus looks like a button', (facts) => {
    expect(guardKeeps('control', facts)).toBe(true);
  });

  it('otherwise keeps exactly what the focused control uses', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('text', 'arrow-list', 'control', 'none' as const),
        fc.constantFrom('keydown', 'keypress', 'keyup'),
        fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), fc.constantFrom('k', 'N', ' ', 'Enter', 'ArrowLeft', 'Home')),
        (control, type, key) => guardKeeps(control, { type, key, keyCode: 75 }) === panelKeepsKey(control, key),
      ),
    );
  });
});

describe('createLoneReleaseTracker', () => {
  const none = { altKey: false, ctrlKey: false, metaKey: false };
  const altShift = { altKey: true, ctrlKey: false, metaKey: false };

  it('catches the release of Alt+Shift+N whose press the browser kept for its command', () => {
    const tracker = createLoneReleaseTracker();
    tracker.pressed('AltLeft');
    tracker.pressed('ShiftLeft');
    expect(tracker.released('KeyN', altShift)).toBe(true);
    expect(tracker.released('ShiftLeft', altShift)).toBe(false);
    expect(tracker.released('AltLeft', none)).toBe(false);
  });

  it('lets a release through when the page saw its press, with or without modifiers', () => {
    const tracker = createLoneReleaseTracker();
    tracker.pressed('KeyN');
    expect(tracker.released('KeyN', altShift)).toBe(false);
    tracker.pressed('KeyK');
    expect(tracker.released('KeyK', none)).toBe(false);
  });

  it('lets a lone release without Alt, Ctrl or Meta through (focus came back while the key was down)', () => {
    expect(createLoneReleaseTracker().released('KeyK', none)).toBe(false);
  });

  it('forgets presses on reset, so a later release with Alt held counts as lone', () => {
    const tracker = createLoneReleaseTracker();
    tracker.pressed('KeyN');
    tracker.reset();
    expect(tracker.released('KeyN', altShift)).toBe(true);
  });
});

describe('isPersonsKey', () => {
  it('accepts trusted events and the guard’s marked copies, and nothing a page can make', () => {
    const forged = new Event('keydown');
    const copy = new Event('keydown');
    Object.defineProperty(copy, GUARD_COPY_MARK, { value: true });
    expect(isPersonsKey(forged)).toBe(false);
    expect(isPersonsKey(copy)).toBe(true);
    expect(isPersonsKey({ isTrusted: true } as Event)).toBe(true);
  });
});
