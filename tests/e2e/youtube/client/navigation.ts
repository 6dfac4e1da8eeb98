/**
 * YouTube's single-page navigation. The page never reloads between videos: a click on one of its own links
 * (`a.yt-simple-endpoint`), a `yt-navigate` event on <ytd-app> (which is how extensions ask for it) or
 * back/forward all run the same steps: `yt-navigate-start` on document, fetch the next page's data,
 * `history.pushState`, update the page in place, then `yt-page-data-updated` and `yt-navigate-finish`, both
 * bubbling up to document.
 */
import type { NavigationRecord, PageData } from '../page-data';

export interface NavigationContext {
  app: HTMLElement;
  render(data: PageData): void;
  record(entry: NavigationRecord): void;
}

type Mode = 'push' | 'pop' | 'initial';

const PAGE_TYPES: Record<PageData['page'], string> = { watch: 'watch', home: 'browse', results: 'search', shorts: 'shorts', error: 'browse' };

function endpointFor(url: string) {
  const address = new URL(url, location.href);
  const videoId = address.searchParams.get('v') ?? /^\/live\/([^/]+)$/.exec(address.pathname)?.[1] ?? null;
  return { commandMetadata: { webCommandMetadata: { url } }, ...(videoId ? { watchEndpoint: { videoId } } : {}) };
}

/** Paths the app itself handles; anything else is a normal page load. */
function isAppPath(url: URL): boolean {
  return url.origin === location.origin && /^\/(watch|results|(shorts|live)\/[^/]+)?$/.test(url.pathname);
}

export function installNavigation(context: NavigationContext): { finishInitial(data: PageData): void } {
  const { app } = context;
  let latest = 0;

  const fire = (target: EventTarget, type: NavigationRecord['type'], url: string, page: PageData['page'], detail: object) => {
    context.record({ type, url, page });
    target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  };

  const finish = (data: PageData, mode: Mode) => {
    const detail = { pageType: PAGE_TYPES[data.page], endpoint: endpointFor(data.url), fromHistory: mode === 'pop', response: data };
    fire(app, 'yt-page-data-updated', data.url, data.page, detail);
    fire(app, 'yt-navigate-finish', data.url, data.page, detail);
  };

  const navigate = async (href: string, mode: Mode) => {
    const url = new URL(href, location.href);
    if (!isAppPath(url)) {
      location.assign(url.href);
      return;
    }
    const path = url.pathname + url.search + url.hash;
    const id = ++latest;
    const guess: PageData['page'] = url.pathname === '/watch' || url.pathname.startsWith('/live/') ? 'watch' : 'home';
    fire(document, 'yt-navigate-start', path, guess, { endpoint: endpointFor(path), url: path });
    let data: PageData;
    try {
      const response = await fetch(`/youtubei/v1/navigate?url=${encodeURIComponent(path)}`);
      data = (await response.json()) as PageData;
    } catch {
      location.assign(url.href);
      return;
    }
    // A newer navigation started while this one was loading: it wins, as on YouTube.
    if (id !== latest) return;
    if (mode === 'push') history.pushState({ url: path }, '', path);
    context.render(data);
    finish(data, mode);
  };

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.shiftKey || event.metaKey || event.altKey) return;
    // The target is retargeted to a shadow host for clicks inside an extension's UI: those are not YouTube's links.
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.yt-simple-endpoint[href]') : null;
    if (!link || !isAppPath(new URL(link.href))) return;
    event.preventDefault();
    void navigate(link.href, 'push');
  });

  app.addEventListener('yt-navigate', (event) => {
    const detail = (event as CustomEvent<unknown>).detail as { endpoint?: { commandMetadata?: { webCommandMetadata?: { url?: unknown } } } } | null;
    const url = detail?.endpoint?.commandMetadata?.webCommandMetadata?.url;
    // YouTube reads the endpoint from the event's detail; without one it cannot navigate.
    if (typeof url !== 'string') throw new TypeError('yt-navigate without endpoint.commandMetadata.webCommandMetadata.url');
    void navigate(url, 'push');
  });

  addEventListener('popstate', () => void navigate(location.href, 'pop'));

  document.querySelector('form#search-form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = document.querySelector<HTMLInputElement>('input#search')?.value ?? '';
    void navigate(`/results?search_query=${encodeURIComponent(query)}`, 'push');
  });

  return {
    finishInitial(data) {
      history.replaceState({ url: data.url }, '', location.href);
      finish(data, 'initial');
    },
  };
}
