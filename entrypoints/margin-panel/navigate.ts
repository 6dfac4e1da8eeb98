/**
 * Opens another YouTube address the way YouTube's own links do: through its single-page navigation (a
 * `yt-navigate` event on <ytd-app>), so the player and the panel stay and only the video changes.
 * If YouTube does not start navigating soon, the address is simply loaded.
 */

const FALLBACK_MS = 500;

declare function cloneInto<T>(value: T, target: object): T;

export function youTubeEndpoint(url: URL): object {
  const path = url.pathname + url.search;
  const videoId = url.searchParams.get('v');
  const t = Number(url.searchParams.get('t')?.replace(/s$/, ''));
  return {
    endpoint: {
      commandMetadata: { webCommandMetadata: { url: path, webPageType: 'WEB_PAGE_TYPE_WATCH', rootVe: 3832 } },
      ...(videoId ? { watchEndpoint: { videoId, ...(Number.isFinite(t) && t > 0 ? { startTimeSeconds: t } : {}) } } : {}),
    },
  };
}

export function navigateWithinYouTube(href: string, win: Window = window): void {
  const url = new URL(href, win.location.href);
  const doc = win.document;
  const app = doc.querySelector('ytd-app');
  if (!app) {
    win.location.assign(url.href);
    return;
  }
  let started = false;
  const onStart = () => (started = true);
  doc.addEventListener('yt-navigate-start', onStart, { once: true });
  let detail = youTubeEndpoint(url);
  // Firefox keeps content-script objects from the page unless they are cloned into its world.
  if (typeof cloneInto === 'function') detail = cloneInto(detail, win);
  app.dispatchEvent(new CustomEvent('yt-navigate', { bubbles: true, composed: true, detail }));
  win.setTimeout(() => {
    doc.removeEventListener('yt-navigate-start', onStart);
    if (!started) win.location.assign(url.href);
  }, FALLBACK_MS);
}
