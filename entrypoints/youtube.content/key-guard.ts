/**
 * Keeps keys typed inside the panel away from YouTube's shortcuts (k, j, l, f, m, space, arrows, digits): all
 * keys in a text field, and on other controls only the keys that control uses (utils/panel-keys.ts).
 *
 * Stopping bubbling at the shadow root is not enough: YouTube also listens in the capture phase on window and
 * document, and there the event's target is our shadow host, which its "typing in an input?" check does not
 * recognise. So we stop such events at the very first listener on window (registered at document_start, before
 * YouTube's) and hand the panel a copy that cannot leave its shadow root. The original still does its default
 * action (a character typed, a button pressed), unless the panel's copy asked to prevent it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { focusedControl, panelKeepsKey } from '@/utils/panel-keys';

export const PANEL_HOST_TAG = 'margin-panel';
/** The compact note editor inside the player (fullscreen). */
export const PANEL_OVERLAY_TAG = 'margin-overlay';
const GUARDED_TAGS: readonly string[] = [PANEL_HOST_TAG, PANEL_OVERLAY_TAG];
const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;

function isInsidePanel(event: Event): boolean {
  return event.composedPath().some((node) => node instanceof Element && GUARDED_TAGS.includes(node.localName));
}

export function guardPanelKeys(ctx: ContentScriptContext, win: Window = window): void {
  for (const type of KEY_EVENTS) {
    ctx.addEventListener(
      win,
      type,
      (event: Event) => {
        if (!(event instanceof KeyboardEvent) || !event.isTrusted || !isInsidePanel(event)) return;
        const target = event.composedPath()[0];
        // Only the keys the focused control uses; the others stay YouTube's shortcuts (k after a jump pauses).
        if (!panelKeepsKey(focusedControl(target), event.key)) return;
        event.stopImmediatePropagation();
        if (!target) return;
        const copy = new KeyboardEvent(event.type, {
          key: event.key,
          code: event.code,
          location: event.location,
          repeat: event.repeat,
          isComposing: event.isComposing,
          ctrlKey: event.ctrlKey,
          shiftKey: event.shiftKey,
          altKey: event.altKey,
          metaKey: event.metaKey,
          bubbles: true,
          cancelable: true,
          composed: false,
        });
        target.dispatchEvent(copy);
        if (copy.defaultPrevented) event.preventDefault();
      },
      { capture: true },
    );
  }
}
