/**
 * YouTube's player API on #movie_player (mode `player-api`), the part extensions reach from the page's main
 * world: getCurrentTime/getDuration/seekTo in lesson seconds (a stitched ad in front is not counted),
 * getVideoData().video_id of the media actually loaded (not of the address), getPlayerState.
 */
import type { Player } from './player';

/** YouTube's getPlayerState values. */
const STATE = { unstarted: -1, ended: 0, playing: 1, paused: 2, buffering: 3 } as const;

export function installPlayerApi(player: Player): void {
  const { root, video } = player;
  // While a client-side ad plays in the same <video>, the API keeps answering with the lesson's last second.
  let lessonTime = 0;
  const now = () => {
    if (!player.ads.isPlaying() || video.getAttribute('src')?.includes('stitched=')) lessonTime = player.lessonTime();
    return lessonTime;
  };
  Object.assign(root, {
    getCurrentTime: now,
    getDuration: () => player.current()?.durationSeconds ?? 0,
    seekTo: (seconds: number) => {
      if (Number.isFinite(seconds)) player.seekTo(seconds);
    },
    getVideoData: () => {
      const current = player.current();
      return { video_id: current?.id ?? '', title: current?.title ?? '', author: current?.channel ?? '' };
    },
    getPlayerState: () => {
      if (!player.current()) return STATE.unstarted;
      if (video.ended) return STATE.ended;
      if (video.paused) return STATE.paused;
      return video.readyState < HTMLMediaElement.HAVE_FUTURE_DATA ? STATE.buffering : STATE.playing;
    },
  });
}
