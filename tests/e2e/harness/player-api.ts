/** The imitation's player, read the way YouTube's own code would: its API on #movie_player (mode player-api). */
import type { Page } from 'playwright-core';

interface PlayerApi {
  getCurrentTime(): number;
  getDuration(): number;
  getVideoData(): { video_id: string };
}

/** The lesson time, length and video id the player's API reports, and the <video> element's raw clock. */
export function playerReadings(page: Page): Promise<{ lessonTime: number; lessonDuration: number; videoId: string; mediaTime: number; mediaDuration: number; adShowing: boolean }> {
  return page.evaluate(() => {
    const player = document.querySelector('#movie_player') as HTMLElement & PlayerApi;
    const video = player.querySelector('video')!;
    return {
      lessonTime: player.getCurrentTime(),
      lessonDuration: player.getDuration(),
      videoId: player.getVideoData().video_id,
      mediaTime: video.currentTime,
      mediaDuration: video.duration,
      adShowing: player.classList.contains('ad-showing'),
    };
  });
}
