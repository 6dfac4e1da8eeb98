/**
 * The content script's life in a tab: the forged-teardown shield, the key guard, the series-video follower.
 * Should its context be stopped while Margin is alive here (which only a page could cause), it starts again at
 * once on a fresh context, so the panel comes back without a reload. After an update or reload of Margin the
 * runtime is gone, and it stays stopped.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { guardPanelKeys } from './key-guard';
import { followSeriesVideo } from './follow-series-video';
import { showPanelFor } from './panel-loader';
import { ignoreForgedTeardown, scriptStartedEventName } from './forged-teardown';
import { isTabPing } from '@/utils/tab-commands';

/** The entrypoint's name, which WXT puts in its event names. */
const NAME = 'youtube';

function extensionAlive(): boolean {
  return browser.runtime?.id != null;
}

export function startMargin(ctx: ContentScriptContext): void {
  // First, before any page script: a page must not be able to switch Margin off (forged-teardown.ts).
  ignoreForgedTeardown(scriptStartedEventName(browser.runtime.id, NAME), ctx.signal, extensionAlive);
  guardPanelKeys(ctx);
  answerPings(ctx);
  followSeriesVideo(ctx, (videoId) => showPanelFor(ctx, videoId));
  ctx.onInvalidated(() => {
    if (extensionAlive()) startMargin(new ContentScriptContext(NAME, { noScriptStartedPostMessage: true }));
  });
}

/** Tells the background this tab has a live Margin (see reattach.ts), for as long as this context lives. */
function answerPings(ctx: ContentScriptContext): void {
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) =>
    sender.id === browser.runtime.id && !sender.tab && isTabPing(message) ? Promise.resolve(true) : undefined;
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime?.onMessage.removeListener(onMessage));
}
