/**
 * Margin's hosts on youtube.com (the panel, the fullscreen editor, the progress-bar ticks) have *closed* shadow
 * roots: the page's scripts (YouTube's own, an ad's, a compromised dependency's) can neither read a note nor
 * click inside. Margin's own scripts, the content script and the injected panel script, share one isolated
 * world; on that world's global object, which the page cannot see, this keeps which root belongs to which host.
 *
 * Inside a root, events that no person made (`isTrusted` false) are stopped before any handler sees them, so
 * nothing that saves, edits, deletes or seeks can be driven by script: only the key guard's copies of real keys
 * and its press of a button a real Enter or Space was aimed at (marked as such, utils/key-ownership.ts) get
 * through.
 */
import { isPersonsKey } from './key-ownership';

const SHARED_KEY = '__marginClosedRoots';

interface Shared {
  roots: WeakMap<Element, ShadowRoot>;
}

type SharedGlobal = typeof globalThis & { [SHARED_KEY]?: Shared };

function shared(): Shared {
  const global = globalThis as SharedGlobal;
  return (global[SHARED_KEY] ??= { roots: new WeakMap() });
}

/** Attaches a closed root to Margin's host and remembers it for Margin's scripts. */
export function attachClosedRoot(host: HTMLElement): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  shared().roots.set(host, root);
  return root;
}

/** The root of one of Margin's hosts, as only Margin's own scripts can get it. */
export function closedRootOf(host: Element): ShadowRoot | undefined {
  return shared().roots.get(host);
}

/** True for an event a person made (or the key guard's copy of one); false for one a script dispatched. */
export function isUserEvent(event: Event): boolean {
  return isPersonsKey(event);
}

/** Every kind of event through which a person acts on the panel: pointer, keys, text and forms. */
export const ACTION_EVENT_TYPES = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'touchstart', 'touchend', 'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit',
  'reset', 'paste', 'cut', 'drop',
] as const;

/**
 * Stops untrusted action events at the root, in the capture phase, before any of Margin's handlers: a script's
 * `button.click()` or `dispatchEvent(new Event('input'))` does nothing, not even a click's default action.
 */
export function ignoreUntrustedEvents(root: ShadowRoot): void {
  const stop = (event: Event) => {
    if (isUserEvent(event)) return;
    event.stopImmediatePropagation();
    if (event.cancelable) event.preventDefault();
  };
  for (const type of ACTION_EVENT_TYPES) root.addEventListener(type, stop, { capture: true });
}
