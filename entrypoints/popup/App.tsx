import { browser } from 'wxt/browser';
import { seekUrl, useActiveSeriesTab, type SeriesTab } from '@/components/pages/active-tab';
import { ContinueSeries } from '@/components/pages/ContinueSeries';
import { CurrentVideoNotes } from '@/components/pages/CurrentVideoNotes';
import { SeriesList } from '@/components/pages/SeriesList';
import { SyncSettings } from '@/components/pages/SyncSettings';
import { SERIES_OUTLINE } from '@/utils/series-outline';
import { tabSeek } from '@/utils/tab-commands';
import { parseYouTubeUrl } from '@/utils/youtube-url';
import { useAllNotes } from '@/components/pages/useAllNotes';
import { useCourse } from '@/components/useCourse';

/** Seeks the tab's lesson in place through its panel; reloads the tab at that second only if no panel answers. */
async function seekTab(tab: SeriesTab, t: number): Promise<void> {
  const answer = (await browser.tabs.sendMessage(tab.tabId, tabSeek(t)).catch(() => null)) as { seeked?: boolean } | null;
  if (!answer?.seeked) await browser.tabs.update(tab.tabId, { url: seekUrl(tab.url, t) });
}

/**
 * Leads with where the learner is in the series (Continue) and the notebook; then the open video's notes (times
 * seek that tab in place) and the nine chapters. One live subscription to every note serves both the open
 * video's notes and the series' note counts.
 */
export function PopupApp() {
  const tab = useActiveSeriesTab();
  const { notes, problem } = useAllNotes();
  const course = useCourse();
  const video = tab ? SERIES_OUTLINE.find((entry) => entry.videoId === tab.videoId) : undefined;

  const noteCounts = new Map<string, number>();
  for (const note of notes) noteCounts.set(note.videoId, (noteCounts.get(note.videoId) ?? 0) + 1);
  const watched = new Map(course?.chapters.map((chapter) => [chapter.video.videoId as string, chapter.share]) ?? []);

  const openNotebook = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/notebook.html') });
    window.close();
  };
  // Continue: the open lesson seeks in place; another chapter opens in this YouTube tab, or in a new one.
  const openWatch = async (href: string) => {
    const target = parseYouTubeUrl(href);
    if (tab && target?.kind === 'watch' && target.videoId === tab.videoId) {
      await seekTab(tab, Number(new URL(href).searchParams.get('t')?.replace(/s$/, '') ?? 0));
    } else if (tab) {
      await browser.tabs.update(tab.tabId, { url: href });
    } else {
      await browser.tabs.create({ url: href });
    }
    window.close();
  };

  return (
    <main class="popup">
      <div class="popup-head">
        <h1>Margin</h1>
        <button type="button" class="primary" onClick={() => void openNotebook()}>
          Open notebook
        </button>
      </div>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      {course && <ContinueSeries course={course} open={(href) => void openWatch(href)} />}
      {tab && video && (
        <CurrentVideoNotes video={video} notes={notes.filter((note) => note.videoId === tab.videoId)} onJump={(t) => void seekTab(tab, t)} />
      )}
      <h2>3Blue1Brown's neural-network series</h2>
      <SeriesList watched={watched} noteCounts={noteCounts} currentVideoId={tab?.videoId ?? null} />
      <SyncSettings />
    </main>
  );
}
