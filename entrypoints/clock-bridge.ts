/**
 * The lesson clock's bridge, injected into the page's MAIN world by the background together with the panel
 * (see utils/clock-bridge.ts for the channel). It answers with what YouTube's player API says: the video it
 * shows and the lesson's time and length, which stay lesson time even with ads stitched into the media.
 * Nothing but that: no HTML, no storage, no messages, no access to the extension.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ANSWER_ATTR, ASK_EVENT, CLOCK_CHANNEL_TAG, SEEK_ATTR } from '@/utils/clock-bridge';

interface PlayerApi {
  getCurrentTime(): number;
  getDuration(): number;
  getVideoData?(): { video_id?: unknown } | undefined;
  seekTo?(seconds: number, allowSeekAhead: boolean): void;
}

export default defineUnlistedScript(() => {
  document.addEventListener(
    ASK_EVENT,
    (event) => {
      const channel = event.target;
      if (!(channel instanceof Element) || channel.localName !== CLOCK_CHANNEL_TAG) return;
      const player = document.getElementById('movie_player') as (HTMLElement & Partial<PlayerApi>) | null;
      let answer = '';
      try {
        // Taken off first, so that a second copy of this script (after an update of Margin) cannot seek twice.
        const seek = channel.getAttribute(SEEK_ATTR);
        channel.removeAttribute(SEEK_ATTR);
        if (player && typeof player.getCurrentTime === 'function' && typeof player.getDuration === 'function') {
          const to = Number(seek);
          if (seek !== null && Number.isFinite(to) && to >= 0) player.seekTo?.(to, true);
          const id = player.getVideoData?.()?.video_id;
          answer = JSON.stringify({ id: typeof id === 'string' ? id : null, t: player.getCurrentTime(), d: player.getDuration() });
        }
      } catch {
        answer = '';
      }
      channel.setAttribute(ANSWER_ATTR, answer);
    },
    true,
  );
});
