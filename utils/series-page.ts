/**
 * Which series video a tab's address shows in YouTube's watch layout: the one predicate the panel (content
 * script) and the popup both use, so they never disagree about a page. `/watch?v=ID` and `/live/ID` are
 * served the same watch page; shorts, embeds and other hosts are not pages where Margin shows its panel
 * (the content script runs on www.youtube.com and m.youtube.com, YouTube's site for phones, only).
 */
import { isSeriesVideoId, type SeriesVideoId } from './series-ids';
import { parseYouTubeUrl } from './youtube-url';

/** Desktop YouTube, and the phone site (m.youtube.com, where Firefox for Android runs Margin). */
const PANEL_HOSTS: ReadonlySet<string> = new Set(['www.youtube.com', 'm.youtube.com']);

export function seriesVideoOnPage(href: string | undefined): SeriesVideoId | null {
  if (!href) return null;
  let host: string;
  try {
    host = new URL(href).hostname;
  } catch {
    return null;
  }
  if (!PANEL_HOSTS.has(host)) return null;
  const ref = parseYouTubeUrl(href);
  if (!ref || (ref.kind !== 'watch' && ref.kind !== 'live')) return null;
  return isSeriesVideoId(ref.videoId) ? ref.videoId : null;
}
