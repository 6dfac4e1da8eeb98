/**
 * Which keys pressed inside Margin belong to Margin, and which are left to YouTube's shortcuts.
 *
 * A text field owns every key (typing "k" into a note must not pause the lesson). Any other control owns only
 * the keys it acts on: Enter and Space press a button, link or summary (and Tab/Escape move or close); arrow
 * keys, Home and End move within a tab list or a list that is crossed with arrows. Every other key (k, j, l, m,
 * f, c, digits, "," and ".") goes on to YouTube, so a learner who jumped with a panel button can pause at once.
 */

/** What kind of control has the focus when a key is pressed. */
export type FocusedControl = 'text' | 'arrow-list' | 'control' | 'none';

const PRESS_KEYS: ReadonlySet<string> = new Set(['Enter', ' ', 'Spacebar', 'Tab', 'Escape']);
const ARROW_KEYS: ReadonlySet<string> = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export function panelKeepsKey(control: FocusedControl, key: string): boolean {
  switch (control) {
    case 'text':
      return true;
    case 'arrow-list':
      return PRESS_KEYS.has(key) || ARROW_KEYS.has(key);
    case 'control':
      return PRESS_KEYS.has(key);
    case 'none':
      return false;
  }
}

/** Input types that take typed text (everything but buttons, checkboxes, radios, ranges, colours and files). */
const NON_TEXT_INPUTS: ReadonlySet<string> = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image']);

/** Marks a container whose items are crossed with arrow keys (a list with one Tab stop). */
export const ARROW_LIST_ATTRIBUTE = 'data-arrow-keys';

/** Classifies the element a key event is aimed at (the first node of its composed path). */
export function focusedControl(target: EventTarget | null | undefined): FocusedControl {
  if (!target || typeof (target as Element).closest !== 'function') return 'none';
  const element = target as Element;
  const tag = element.localName;
  if (tag === 'textarea' || tag === 'select') return 'text';
  if (tag === 'input') return NON_TEXT_INPUTS.has((element as HTMLInputElement).type) ? 'control' : 'text';
  if ((element as HTMLElement).isContentEditable) return 'text';
  if (element.closest(`[role="tablist"],[role="listbox"],[role="menu"],[role="grid"],[${ARROW_LIST_ATTRIBUTE}]`)) return 'arrow-list';
  return 'control';
}
