import { describe, expect, it } from 'vitest';
import { getSeriesVideo } from '@/utils/series-data';
import { momentOf, tagCounts } from '@/utils/note-index';
import type { Note } from '@/utils/notes';

const note = (tags: string[]): Note => ({ tags } as unknown as Note);

describe('the notebook indexes', () => {
  it('counts each tag once per note, the most used first, ties A to Z', () => {
    expect(tagCounts([note(['b', 'a']), note(['a', 'a']), note(['c']), note([])])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 1],
    ]);
    expect(tagCounts([])).toEqual([]);
  });

  it('names the key moment a second falls in, from its start to the next one', () => {
    const video = getSeriesVideo('aircAruvnKk')!;
    const [first, second] = video.chapters;
    expect(momentOf(video.videoId, first!.start)).toBe(first!.title);
    expect(momentOf(video.videoId, second!.start - 1)).toBe(first!.title);
    expect(momentOf(video.videoId, second!.start)).toBe(second!.title);
    expect(momentOf(video.videoId, video.durationSeconds)).toBe(video.chapters.at(-1)!.title);
    expect(momentOf('not-a-video', 10)).toBeUndefined();
  });
});
