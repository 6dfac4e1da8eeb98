import { useState } from 'preact/hooks';
import { groupByVideo } from '@/utils/notes';
import { SERIES } from '@/utils/series-data';
import { useAllNotes } from '@/components/pages/useAllNotes';
import { StudySheetChapter } from '@/components/pages/StudySheetChapter';

/**
 * A study sheet to print (or save as PDF): per chapter, its key moments, the learner's notes and optionally its
 * glossary. The controls at the top are not printed; the print stylesheet (print-sheet.css) keeps it clean on A4
 * and Letter alike.
 */
export function StudySheetApp() {
  const { notes, loaded, problem } = useAllNotes();
  const [withGlossary, setWithGlossary] = useState(false);
  const [onlyWithNotes, setOnlyWithNotes] = useState(false);
  const byVideo = groupByVideo(notes);
  const chapters = SERIES.filter((video) => !onlyWithNotes || byVideo.has(video.videoId));
  return (
    <div class="study-sheet">
      <header class="sheet-head">
        <h1>Study sheet: 3Blue1Brown's neural-network series</h1>
        <p class="sheet-summary">
          {loaded ? `${notes.length} ${notes.length === 1 ? 'note' : 'notes'} of yours, with each chapter's key moments.` : 'Loading your notes…'}
          {problem && ` ${problem}`}
        </p>
        <div class="sheet-controls">
          <label>
            <input type="checkbox" checked={withGlossary} onChange={(event) => setWithGlossary(event.currentTarget.checked)} /> Include the glossary
          </label>
          <label>
            <input type="checkbox" checked={onlyWithNotes} onChange={(event) => setOnlyWithNotes(event.currentTarget.checked)} /> Only chapters with notes
          </label>
          <button type="button" class="primary" onClick={() => window.print()}>
            Print…
          </button>
        </div>
      </header>
      <main>
        {chapters.map((video) => (
          <StudySheetChapter key={video.videoId} video={video} notes={byVideo.get(video.videoId) ?? []} withGlossary={withGlossary} />
        ))}
      </main>
    </div>
  );
}
