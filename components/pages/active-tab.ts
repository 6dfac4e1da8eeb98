/**
 * The popup's view of the tab it was opened over: which series video it shows, and how to send that tab to
 * a moment. The extension has host permission for www.youtube.com and m.youtube.com, so a YouTube tab's address is readable
 * without the "tabs" permission; any other tab's reads as undefined, which is simply "not a series video".
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SeriesVideoId } from '@/utils/series-ids';
import { seriesVideoOnPage } from '@/utils/series-page';

export interface SeriesTab {
  tabId: number;
  url: string;
  videoId: SeriesVideoId;
}

/**
 * The same address starting at second `t`: everything else (playlist, index) is kept, any older start time
 * replaced. Loading it is the seek: there is no message to the tab's player yet, and this is simple and correct.
 */
export function seekUrl(tabUrl: string, t: number): string {
  const url = new URL(tabUrl);
  url.searchParams.delete('start');
  url.searchParams.set('t', `${Math.max(0, Math.floor(t))}s`);
  url.hash = '';
  return url.href;
}

/** undefined while asking, then the active tab if it shows a series video, or null. */
export function useActiveSeriesTab(): SeriesTab | null | undefined {
  const [tab, setTab] = useState<SeriesTab | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([active]) => {
        const videoId = seriesVideoOnPage(active?.url);
        if (current) setTab(active?.id !== undefined && active.url && videoId ? { tabId: active.id, url: active.url, videoId } : null);
      },
      () => current && setTab(null),
    );
    return () => {
      current = false;
    };
  }, []);
  return tab;
}
