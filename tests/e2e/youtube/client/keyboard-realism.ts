/**
 * Keyboard realism (research F4, F5; off by default, switched on with `__yt.enableKeyboardRealism()`):
 *
 * - Another extension's hotkeys, the way SponsorBlock listens: on `document` in the capture phase, skipping keys
 *   while an IME composes (its own compositionstart/compositionend bookkeeping, `isComposing`, keyCode 229) and
 *   while `document.activeElement` is a text field. For anything inside an extension's shadow root,
 *   activeElement is the shadow host, so that check does not protect Margin's fields.
 * - YouTube's Shift+N, "next video", taken pessimistically: it acts on the key's release and does not mind Alt,
 *   so the lone release that Chrome hands the page after the Alt+Shift+N command (research F5) would skip the
 *   lesson unless Margin keeps it away.
 * - A log of every key and composition event that reaches the page's listeners, as any page script could keep:
 *   tests assert that typing in Margin leaves nothing in it.
 */
import type { KeyEventRecord, ShortcutRecord } from '../page-data';

export interface KeyboardRealismContext {
  record(entry: ShortcutRecord): void;
  log(entry: KeyEventRecord): void;
  /** Navigates to the next video (the first related one), as YouTube's Shift+N does. */
  nextVideo(): void;
  isWatchPage(): boolean;
}

/** The other extension's hotkeys (SponsorBlock's defaults are of this kind: single keys). */
const EXTENSION_HOTKEYS: Record<string, string> = { ';': 'sponsor-start-segment', "'": 'sponsor-skip' };
const LOGGED = ['keydown', 'keypress', 'keyup', 'compositionstart', 'compositionupdate', 'compositionend'] as const;

function isTextField(element: Element | null): boolean {
  return element instanceof HTMLElement && (element.matches('input, textarea, select') || element.isContentEditable);
}

export function installKeyboardRealism(context: KeyboardRealismContext): void {
  for (const type of LOGGED) {
    addEventListener(
      type,
      (event) =>
        context.log({
          type,
          key: event instanceof KeyboardEvent ? event.key : ((event as CompositionEvent).data ?? ''),
          target: event.target instanceof Element ? event.target.localName : String(event.target),
          trusted: event.isTrusted,
        }),
      { capture: true },
    );
  }

  let composing = false;
  document.addEventListener('compositionstart', () => (composing = true), { capture: true });
  document.addEventListener('compositionend', () => (composing = false), { capture: true });
  document.addEventListener(
    'keydown',
    (event) => {
      if (composing || event.isComposing || event.keyCode === 229) return;
      if (event.ctrlKey || event.altKey || event.metaKey || isTextField(document.activeElement)) return;
      const action = EXTENSION_HOTKEYS[event.key];
      if (action) context.record({ key: event.key, action, phase: 'extension' });
    },
    { capture: true },
  );

  document.addEventListener('keyup', (event) => {
    if (event.code !== 'KeyN' || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (isTextField(event.target as Element | null) || !context.isWatchPage()) return;
    context.record({ key: event.key, action: 'next-video', phase: 'bubble' });
    context.nextVideo();
  });
}
