import { useMemo } from 'preact/hooks';
import type { Note } from '@/utils/notes';
import { tagCounts } from '@/utils/note-index';
import { SERIES_OUTLINE } from '@/utils/series-outline';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

interface Props {
  /** The notes shown, grouped by video. */
  groups: ReadonlyMap<string, readonly Note[]>;
  /** Every live note (the tag index counts them all, whatever the filter). */
  notes: readonly Note[];
  filter: string;
  onTag: (tag: string) => void;
}

/** The notebook's table of contents (chapters with their note counts, each a skip link) and its tag index. */
export function NotebookIndex({ groups, notes, filter, onTag }: Props) {
  // Counted again only when the notes change (not on each keystroke of the filter).
  const tags = useMemo(() => tagCounts(notes), [notes]);
  const chapters = SERIES_OUTLINE.filter((video) => groups.has(video.videoId));
  if (chapters.length === 0 && tags.length === 0) return null;
  return (
    <div class="notebook-index">
      {chapters.length > 0 && (
        <nav aria-labelledby="toc-heading">
          <h2 id="toc-heading">Contents</h2>
          <ol class="toc">
            {chapters.map((video) => (
              <li key={video.videoId}>
                <a href={`#video-${video.videoId}`}>
                  Chapter {video.order} · {video.title}
                </a>{' '}
                <span class="count">{plural(groups.get(video.videoId)!.length, 'note')}</span>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {tags.length > 0 && (
        <nav aria-labelledby="tags-heading">
          <h2 id="tags-heading">Tags</h2>
          <ul class="tags tag-index">
            {tags.map(([tag, count]) => (
              <li key={tag}>
                <button type="button" class="tag" aria-pressed={filter === `#${tag}` ? 'true' : 'false'} onClick={() => onTag(tag)}>
                  #{tag} <span class="count">{count}</span>
                  <span class="visually-hidden"> {count === 1 ? 'note' : 'notes'}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
