import { browser } from 'wxt/browser';
import { seekUrl, useActiveSeriesTab } from '@/components/pages/active-tab';
import { CurrentVideoNotes } from '@/components/pages/CurrentVideoNotes';
import { SeriesList } from '@/components/pages/SeriesList';
import { SyncSettings } from '@/components/pages/SyncSettings';
import { SERIES_OUTLINE } from '@/utils/series-outline';
import { useAllNotes } from '@/components/pages/useAllNotes';
import { useSeriesProgress } from '@/components/pages/useSeriesProgress';

/**
 * One live subscription to every note serves both the open video's notes and the series' note counts: one
 * port, not two, and the counts stay right while a note is added in the tab below.
 */
export function PopupApp() {
  const tab = useActiveSeriesTab();
  const { notes, problem } = useAllNotes();
  const watched = useSeriesProgress();
  const video = tab ? SERIES_OUTLINE.find((entry) => entry.videoId === tab.videoId) : undefined;

  const noteCounts = new Map<string, number>();
  for (const note of notes) noteCounts.set(note.videoId, (noteCounts.get(note.videoId) ?? 0) + 1);

  const openNotebook = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/notebook.html') });
    window.close();
  };

  return (
    <div class="popup">
      <h1>Margin</h1>
      {problem && <p class="problem" role="alert">{problem}</p>}
      {tab && video && (
        <CurrentVideoNotes
          video={video}
          notes={notes.filter((note) => note.videoId === tab.videoId)}
          onJump={(t) => void browser.tabs.update(tab.tabId, { url: seekUrl(tab.url, t) })}
        />
      )}
      <h2>3Blue1Brown's neural-network series</h2>
      <SeriesList watched={watched} noteCounts={noteCounts} currentVideoId={tab?.videoId ?? null} />
      <SyncSettings />
      <div class="popup-actions">
        <button type="button" class="primary" onClick={() => void openNotebook()}>
          Open notebook
        </button>
      </div>
    </div>
  );
}
