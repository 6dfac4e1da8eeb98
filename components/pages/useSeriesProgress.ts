import { useEffect, useState } from 'preact/hooks';
import { SERIES_OUTLINE } from '@/utils/series-outline';
import { sendRequest } from '@/utils/messaging';
import { fractionWatched } from '@/utils/watch-ranges';

/**
 * Share of each series video watched (0 to 1), by video id; empty until the background answered. Read once:
 * the popup lives for seconds, and the learner is not watching while it is open.
 */
export function useSeriesProgress(): ReadonlyMap<string, number> {
  const [shares, setShares] = useState<ReadonlyMap<string, number>>(new Map());
  useEffect(() => {
    let current = true;
    Promise.all(
      SERIES_OUTLINE.map(async (video) => {
        const progress = await sendRequest('progress/get', { videoId: video.videoId }).catch(() => null);
        return [video.videoId, fractionWatched(progress?.watched ?? [], video.durationSeconds)] as const;
      }),
    ).then((entries) => current && setShares(new Map(entries)));
    return () => {
      current = false;
    };
  }, []);
  return shares;
}
