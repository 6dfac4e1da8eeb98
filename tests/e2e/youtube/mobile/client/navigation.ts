/**
 * The phone site's single-page navigation: a tap on one of its links (or back/forward) fires
 * `state-navigatestart` on window, fetches the next page's data, `history.pushState`, updates the page in place,
 * then fires `state-navigateend` on window (maze-utils `document.ts`). No yt-navigate-* events at all.
 */
import type { PageData } from '../../page-data';
import type { MobileNavigationRecord } from '../hooks';

type Mode = 'push' | 'pop';

function isAppPath(url: URL): boolean {
  return url.origin === location.origin && /^\/(watch)?$/.test(url.pathname);
}

export function installMobileNavigation(render: (data: PageData) => void, record: (entry: MobileNavigationRecord) => void) {
  let latest = 0;
  const fire = (type: MobileNavigationRecord['type'], url: string, page: PageData['page'], data?: PageData) => {
    record({ type, url, page });
    window.dispatchEvent(new CustomEvent(type, { detail: { href: url, data: { loading: type === 'state-navigatestart', response: data ? { page: data.page } : undefined } } }));
  };

  const navigate = async (href: string, mode: Mode): Promise<void> => {
    const url = new URL(href, location.href);
    if (!isAppPath(url)) {
      location.assign(url.href);
      return;
    }
    const path = url.pathname + url.search + url.hash;
    const id = ++latest;
    fire('state-navigatestart', path, url.pathname === '/watch' ? 'watch' : 'home');
    let data: PageData;
    try {
      data = (await (await fetch(`/youtubei/v1/navigate?url=${encodeURIComponent(path)}`)).json()) as PageData;
    } catch {
      location.assign(url.href);
      return;
    }
    if (id !== latest) return;
    if (mode === 'push') history.pushState({ url: path }, '', path);
    render(data);
    fire('state-navigateend', data.url, data.page, data);
  };

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (!link || !isAppPath(new URL(link.href))) return;
    event.preventDefault();
    void navigate(link.href, 'push');
  });
  addEventListener('popstate', () => void navigate(location.href, 'pop'));

  return {
    navigate: (url: string) => navigate(url, 'push'),
    finishInitial(data: PageData) {
      history.replaceState({ url: data.url }, '', location.href);
      fire('state-navigateend', data.url, data.page, data);
    },
  };
}
