/**
 * Keeps keys typed inside Margin away from YouTube's shortcuts (k, j, l, f, m, space, arrows, digits, Shift+N) and
 * from other extensions' hotkeys, in Chromium and in Firefox.
 *
 * Stopping bubbling at the shadow root is not enough: YouTube listens in the capture phase on window and document,
 * where the event's target is our shadow host, which its "typing in an input?" check does not recognise. So the
 * very first listener on window (registered at document_start, before any page script) stops the keys that belong
 * to Margin (every key in a text field, on other controls only the keys they use: utils/panel-keys.ts and
 * utils/key-ownership.ts) and hands Margin a copy that cannot leave the shadow root. The original still
 * does its default action (a character typed, a button pressed) unless Margin's copy asked to prevent it.
 *
 * The copy is a plain `Event` carrying the keyboard fields, not a `KeyboardEvent`: Gecko makes every keydown,
 * keypress and keyup KeyboardEvent composed even when it is created with `composed: false`, so such a copy would
 * leave the shadow root and reach YouTube after all (typing "numbers" saved "nubers"). A plain Event keeps its
 * `composed: false` in both engines.
 *
 * Gecko presses a focused button from the key events themselves (Enter's keypress, Space's keyup) only when they
 * reach it; stopped at window, they never do. So when the key that presses a button, link, summary or checkbox
 * ends its dispatch without a click having happened (and Margin's copy did not prevent it), the guard presses
 * the control itself. In Chromium the browser's own click comes first, and nothing more happens.
 *
 * Margin's events are recognised by their shadow host, which stays in `composedPath()` also when the root is
 * closed; the element that really has focus is then read through the root (closed roots: the content-script-only
 * `openOrClosedShadowRoot`).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createLoneReleaseTracker, guardKeeps, GUARD_COPY_MARK } from '@/utils/key-ownership';
import { focusedControl } from '@/utils/panel-keys';

export const PANEL_HOST_TAG = 'margin-panel';
/** The compact note editor inside the player (fullscreen). */
export const PANEL_OVERLAY_TAG = 'margin-overlay';
const GUARDED_TAGS: readonly string[] = [PANEL_HOST_TAG, PANEL_OVERLAY_TAG];
const GUARDED_EVENTS = ['keydown', 'keypress', 'keyup', 'compositionstart', 'compositionupdate', 'compositionend'] as const;
const COPIED_FIELDS = [
  'key', 'code', 'location', 'repeat', 'isComposing', 'ctrlKey', 'shiftKey', 'altKey', 'metaKey', 'keyCode', 'charCode',
  'which', 'data',
] as const;

interface ShadowRootReader {
  dom?: { openOrClosedShadowRoot?(element: Element): ShadowRoot | null };
}

function marginHost(event: Event): Element | undefined {
  return event
    .composedPath()
    .find((node): node is Element => node instanceof Element && GUARDED_TAGS.includes(node.localName));
}

/** The shadow root of one of Margin's hosts, open or closed (closed ones only a content script can read). */
function rootOf(host: Element): ShadowRoot | null {
  if (host.shadowRoot) return host.shadowRoot;
  const chromeApi = (globalThis as { chrome?: ShadowRootReader }).chrome;
  const viaChrome = chromeApi?.dom?.openOrClosedShadowRoot?.(host);
  if (viaChrome) return viaChrome;
  // Firefox: a property that only content scripts see (not a method, unlike Chrome's chrome.dom one).
  const gecko = (host as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  return gecko instanceof ShadowRoot ? gecko : null;
}

/** Where the event really happened: inside the root when the path shows it, else the root's focused element. */
function innerTarget(event: Event, host: Element): Element | null {
  const first = event.composedPath()[0];
  if (first instanceof Element && first !== host) return first;
  let active = rootOf(host)?.activeElement ?? null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A copy that stays inside the shadow root in every engine (see the top of this file), marked as Margin's own. */
function copyOf(event: KeyboardEvent | CompositionEvent): Event {
  const copy = new Event(event.type, { bubbles: true, cancelable: true, composed: false });
  const source = event as unknown as Record<string, unknown>;
  for (const field of COPIED_FIELDS) {
    if (field in event) Object.defineProperty(copy, field, { value: source[field], enumerable: true });
  }
  if (event instanceof KeyboardEvent) {
    Object.defineProperty(copy, 'getModifierState', { value: (key: string) => event.getModifierState(key) });
  }
  Object.defineProperty(copy, GUARD_COPY_MARK, { value: true });
  return copy;
}

/** Whether `key` on this `type` of event is what presses `target` (a button, link, summary or checkbox). */
function pressesControl(type: string, key: string, target: Element): target is HTMLElement {
  if (!(target instanceof HTMLElement) || (target as HTMLButtonElement).disabled) return false;
  const tag = target.localName;
  const inputType = tag === 'input' ? (target as HTMLInputElement).type : '';
  const button = tag === 'button' || tag === 'summary' || ['button', 'submit', 'reset'].includes(inputType);
  const toggle = inputType === 'checkbox' || inputType === 'radio';
  if (type === 'keypress' && key === 'Enter') return button || (tag === 'a' && target.hasAttribute('href'));
  if (type === 'keyup' && (key === ' ' || key === 'Spacebar')) return button || toggle;
  return false;
}

/** Presses the control unless the browser does so on its own while this event ends (Chromium does; Gecko not). */
function pressUnlessPressed(target: HTMLElement): void {
  let pressed = false;
  const notice = () => (pressed = true);
  target.addEventListener('click', notice, { capture: true, once: true });
  setTimeout(() => {
    target.removeEventListener('click', notice, { capture: true });
    if (pressed || !target.isConnected) return;
    // Marked like the key copies: Margin's roots let no unmarked script-made click through (utils/closed-roots.ts).
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: false, detail: 0 });
    Object.defineProperty(click, GUARD_COPY_MARK, { value: true });
    target.dispatchEvent(click);
  }, 0);
}

export function guardPanelKeys(ctx: ContentScriptContext, win: Window = window): void {
  const lone = createLoneReleaseTracker();
  /** Keys pressed inside Margin: their release is Margin's too, wherever focus went meanwhile (a saved editor). */
  const pressedInMargin = new Set<string>();
  ctx.addEventListener(win, 'blur', () => {
    lone.reset();
    pressedInMargin.clear();
  });
  for (const type of GUARDED_EVENTS) {
    ctx.addEventListener(
      win,
      type,
      (event: Event) => {
        if (!event.isTrusted || !(event instanceof KeyboardEvent || event instanceof CompositionEvent)) return;
        const key = event instanceof KeyboardEvent ? event : undefined;
        if (key && type === 'keydown') lone.pressed(key.code);
        // The release of a browser command's shortcut (Alt+Shift+N), whose press the page never saw.
        const loneRelease = key !== undefined && type === 'keyup' && lone.released(key.code, key);
        const releaseOfOurs = key !== undefined && type === 'keyup' && pressedInMargin.delete(key.code);
        const host = marginHost(event);
        const target = host ? innerTarget(event, host) : null;
        // Only the keys the focused control uses (all of them in a text field); others stay YouTube's shortcuts.
        const ours = host !== undefined && guardKeeps(target ? focusedControl(target) : 'text', event);
        if (!ours && !loneRelease && !releaseOfOurs) return;
        event.stopImmediatePropagation();
        if (key && type === 'keydown') pressedInMargin.add(key.code);
        if (!ours || !target) return;
        const copy = copyOf(event);
        target.dispatchEvent(copy);
        if (copy.defaultPrevented) event.preventDefault();
        else if (key && pressesControl(type, key.key, target)) pressUnlessPressed(target);
      },
      { capture: true },
    );
  }
}
