import { useState } from 'preact/hooks';
import { parseTimedLines } from '@/utils/note-lines';
import type { Note } from '@/utils/notes';
import { SERIES_OUTLINE } from '@/utils/series-outline';
import type { SeriesVideoId } from '@/utils/series-ids';
import type { PendingImport } from './useNotesImport';

interface Props {
  /** The notebook's live notes: a line already there as a note (same video, time and text) is not added twice. */
  notes: readonly Note[];
  busy: boolean;
  onPreview: (source: string, request: PendingImport['request'], skipped: string[]) => void;
  onClose: () => void;
}

/**
 * Pasted "M:SS text" lines (a YouTube chapter list, or lines copied from Margin) into one video of the series.
 * Each line becomes a note at its time; the preview and the learner's confirmation come next, as for a file.
 */
export function LinesImport({ notes, busy, onPreview, onClose }: Props) {
  const [videoId, setVideoId] = useState<SeriesVideoId>(SERIES_OUTLINE[0]!.videoId);
  const [text, setText] = useState('');
  const preview = () => {
    const { entries, skipped } = parseTimedLines(text);
    const here = new Set(notes.filter((n) => n.videoId === videoId).map((n) => `${n.t}\u0000${n.text}`));
    const now = Date.now();
    const made: Note[] = entries
      .filter((entry) => !here.has(`${entry.t}\u0000${entry.text}`))
      .map((entry) => ({ id: crypto.randomUUID(), videoId, t: entry.t, text: entry.text, tags: [], createdAt: now, updatedAt: now }));
    const already = entries.length - made.length;
    const video = SERIES_OUTLINE.find((v) => v.videoId === videoId)!;
    onPreview(
      `${entries.length} lines into Chapter ${video.order}`,
      { notes: made },
      [
        ...(already > 0 ? [`${already} already here as notes, not added again`] : []),
        ...skipped.map((line) => `Line ${line.line}, “${line.text}”: ${line.reason}`),
      ],
    );
  };
  return (
    <section class="lines-import" aria-labelledby="lines-import-title">
      <h2 id="lines-import-title">Import time and text lines</h2>
      <p>One note per line, such as <code>2:42 Each neuron holds a number</code> or a chapter list from a video's description.</p>
      <label for="lines-video">Into</label>
      <select id="lines-video" value={videoId} onChange={(event) => setVideoId(event.currentTarget.value as SeriesVideoId)}>
        {SERIES_OUTLINE.map((video) => (
          <option key={video.videoId} value={video.videoId}>
            Chapter {video.order} · {video.title}
          </option>
        ))}
      </select>
      <label for="lines-text">Lines</label>
      <textarea id="lines-text" rows={6} value={text} onInput={(event) => setText(event.currentTarget.value)} />
      <div class="import-actions">
        <button type="button" class="primary" aria-disabled={busy || text.trim() === ''} onClick={() => !busy && text.trim() !== '' && preview()}>
          Preview import
        </button>
        <button type="button" class="secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
