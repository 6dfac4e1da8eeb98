/**
 * A stitched (server-side inserted) ad, mode `stitched-ad`: the ad and the lesson are ONE media file, so
 * the <video> element's `currentTime` and `duration` include the ad, during it and after. `ad-showing` (and
 * `ad-interrupting`) are on #movie_player only while the media plays the ad's seconds. The player itself keeps
 * lesson time (its progress bar and API subtract the ad).
 */
import type { VideoData } from '../page-data';
import { playerModes } from './player-modes';

export interface Stitching {
  /** Seconds of ad in front of the lesson in the current media (0 when none). */
  offset(): number;
  /** Where the player loads a video's media from: with the ad in front, in this mode. */
  mediaUrl(data: VideoData): string;
}

export function createStitching(root: HTMLElement, video: HTMLVideoElement): Stitching {
  const seconds = playerModes.stitchedAdSeconds ?? 0;
  const offset = () => (seconds > 0 && /[?&]stitched=/.test(video.getAttribute('src') ?? '') ? seconds : 0);
  if (seconds > 0) {
    const follow = () => {
      const inAd = offset() > 0 && video.currentTime < offset();
      root.classList.toggle('ad-showing', inAd);
      root.classList.toggle('ad-interrupting', inAd);
    };
    for (const type of ['loadstart', 'loadedmetadata', 'timeupdate', 'seeking', 'seeked', 'emptied']) video.addEventListener(type, follow);
  }
  return {
    offset,
    mediaUrl: (data) => (seconds > 0 ? `${data.mediaUrl}&stitched=${seconds}` : data.mediaUrl),
  };
}
