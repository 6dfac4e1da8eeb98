/** Which page an address shows, as data for the page script: the same for a full load and for SPA navigation. */
import type { PageData } from './page-data';
import { allVideos, isVideoId, relatedTo, videoById } from './videos';

/** `90`, `90s`, `1m30s` → seconds; anything else → 0. */
function startSeconds(value: string | null): number {
  if (!value) return 0;
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value);
  if (!match) return 0;
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** The page at `url`, or null when the address is not one of the app's (a plain 404). */
export function pageDataFor(url: URL): PageData | null {
  const path = url.pathname;
  const href = path + url.search;
  if (path === '/') return { page: 'home', url: href, videos: allVideos() };
  // `/live/ID` (a stream, or its recording) is served the same watch page as `/watch?v=ID`.
  const live = /^\/live\/([^/]+)$/.exec(path);
  if (path === '/watch' || live) {
    const id = live ? (live[1] ?? '') : url.searchParams.get('v');
    if (!isVideoId(id)) return { page: 'error', url: href, message: "This video isn't available anymore" };
    return { page: 'watch', url: href, video: videoById(id), startSeconds: startSeconds(url.searchParams.get('t')), related: relatedTo(id) };
  }
  if (path === '/results') {
    const query = url.searchParams.get('search_query') ?? '';
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const videos = allVideos().filter((video) => words.every((word) => video.title.toLowerCase().includes(word)));
    return { page: 'results', url: href, query, videos };
  }
  const shorts = /^\/shorts\/([^/]+)$/.exec(path);
  if (shorts) {
    const id = shorts[1] ?? '';
    return isVideoId(id)
      ? { page: 'shorts', url: href, video: videoById(id) }
      : { page: 'error', url: href, message: "This video isn't available anymore" };
  }
  return null;
}
