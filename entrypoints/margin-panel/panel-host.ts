/**
 * The panel's host element, `<margin-panel>`, with a closed shadow root that holds its styles and a body to
 * render into. Made here rather than with WXT's createShadowRootUi, whose mounting machinery (anchors,
 * auto-mount, its element-waiting library) the panel never used and whose code was a tenth of the injected
 * script: placing the host is keepPanelPlaced's (or keepBesideVideo's) job.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { attachClosedRoot, ignoreUntrustedEvents } from '@/utils/closed-roots';
import { PANEL_HOST_TAG } from '@/entrypoints/youtube.content/key-guard';

export interface PanelHost {
  /** `<margin-panel>`: put into the page by whoever places it. */
  readonly shadowHost: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where the panel renders. */
  readonly uiContainer: HTMLElement;
  /** Unrenders the panel and takes the host out of the page; the same host can be placed again. */
  remove(): void;
}

export function createPanelHost(ctx: ContentScriptContext, css: string): PanelHost {
  const shadowHost = document.createElement(PANEL_HOST_TAG);
  // Closed, and deaf to scripted events: youtube.com's scripts can neither read the notes nor act on them
  // (the tests reach inside through the DevTools protocol, tests/e2e/harness/open-roots.ts).
  const shadow = attachClosedRoot(shadowHost);
  ignoreUntrustedEvents(shadow);
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  // The page's styles reach the host through inheritance only: `all: initial` cuts that off too.
  style.textContent = `:host{all:initial!important}${css}`;
  head.append(style);
  const uiContainer = document.createElement('body');
  html.append(head, uiContainer);
  shadow.append(html);
  const remove = () => {
    render(null, uiContainer);
    shadowHost.remove();
    uiContainer.replaceChildren();
  };
  ctx.onInvalidated(remove);
  return { shadowHost, shadow, uiContainer, remove };
}
