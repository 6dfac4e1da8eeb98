/**
 * The key guard's rules beyond which keys a focused control uses (utils/panel-keys.ts): IME composition is
 * typing, the release of a browser command's shortcut must not reach the page, and the guard's copies carry a
 * mark only Margin can see. Pure: the key guard in the content script feeds it what it sees.
 */
import { panelKeepsKey, type FocusedControl } from './panel-keys';


/** The parts of a keyboard (or composition) event the decision needs. */
export interface KeyFacts {
  type: string;
  key?: string;
  keyCode?: number;
  isComposing?: boolean;
}

/** keyCode of every keydown/keyup an IME handles while it composes. */
export const IME_KEY_CODE = 229;

function isCompositionKey(facts: KeyFacts): boolean {
  return facts.isComposing === true || facts.keyCode === IME_KEY_CODE || facts.key === 'Process';
}

/**
 * True when the event, aimed at a control of this kind inside Margin, must not reach the page: the keys
 * `panelKeepsKey` gives the control, and everything an IME does (composition events, its keys), which is typing.
 */
export function guardKeeps(control: FocusedControl, facts: KeyFacts): boolean {
  if (facts.type.startsWith('composition') || isCompositionKey(facts)) return true;
  return panelKeepsKey(control, facts.key ?? '');
}

/**
 * Notices the key release of a browser command shortcut (Alt+Shift+N): the browser keeps the key press for
 * itself but hands the page the release (research F5), which YouTube could read as Shift+N, "next video". A
 * release with Alt, Ctrl or Meta held whose press the page never saw is such a lone release.
 */
export interface LoneReleaseTracker {
  /** Call for every keydown; returns nothing. */
  pressed(code: string): void;
  /** Call for every keyup; true when it is a lone release that must not reach the page. */
  released(code: string, modifiers: { altKey: boolean; ctrlKey: boolean; metaKey: boolean }): boolean;
  /** Forget every press (the window lost focus: releases may come without their presses, or not at all). */
  reset(): void;
}

export function createLoneReleaseTracker(): LoneReleaseTracker {
  const down = new Set<string>();
  return {
    pressed: (code) => void down.add(code),
    released(code, { altKey, ctrlKey, metaKey }) {
      const seen = down.delete(code);
      return !seen && (altKey || ctrlKey || metaKey);
    },
    reset: () => down.clear(),
  };
}

/**
 * The key guard hands Margin's components copies of the keys it keeps from the page (they are untrusted, being
 * script-made). It marks them with this property, which only Margin's own script world can see: a page's script
 * can neither read nor forge it, and cannot reach inside Margin's closed shadow roots anyway.
 */
export const GUARD_COPY_MARK = '__marginKeyCopy';

/** A key the person really pressed: trusted, or the guard's copy of a trusted one. */
export function isPersonsKey(event: Event): boolean {
  return event.isTrusted || (event as unknown as Record<string, unknown>)[GUARD_COPY_MARK] === true;
}
