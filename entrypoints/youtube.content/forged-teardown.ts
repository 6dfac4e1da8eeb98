/**
 * WXT's ContentScriptContext stops itself when a newer copy of the same content script starts: that copy
 * dispatches a `<extension id>:<entrypoint>:wxt:content-script-started` CustomEvent on `document`, and every
 * older context that hears it aborts (in Margin: the panel is removed, the navigation listeners go, until a
 * reload). Any script of the page can dispatch that event, and an extension's id is public, so a page could
 * switch Margin off in its tab.
 *
 * The event is only ever meant for a context whose extension was updated or reloaded, and such a context has
 * lost its runtime (`runtime.id` is undefined). So this stops the event at `window`, in the capture phase,
 * before WXT's listener on `document`, whenever this extension is still alive here; a real successor still
 * takes over from a dead predecessor. (Reported as a weakness of WXT 0.20.27; see the lead's closing note.)
 */
/** The event's name as WXT 0.20.27 builds it (`getUniqueEventName`, internal to WXT). */
export function scriptStartedEventName(extensionId: string, entrypoint: string): string {
  return `${extensionId}:${entrypoint}:wxt:content-script-started`;
}

export function ignoreForgedTeardown(
  eventName: string,
  signal: AbortSignal,
  extensionAlive: () => boolean,
  win: Pick<Window, 'addEventListener'> = window,
): void {
  win.addEventListener(
    eventName,
    (event) => {
      if (extensionAlive()) event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
