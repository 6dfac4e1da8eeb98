/**
 * The panel's one window onto YouTube's player: the lesson's current time, seeking, and a signal when either
 * may have changed. Reads the page's DOM only (the <video> in #movie_player), so it works from the isolated world.
 * While an ad plays in the same <video>, the time shown there is the ad's, not the lesson's: it reads as null.
 */

export interface LessonPlayer {
  /** Seconds into the lesson, or null while an ad plays or before a video is there. */
  lessonTime(): number | null;
  /** Moves the lesson to `t`, keeping it playing or paused as it was. False when it cannot (an ad is playing). */
  seek(t: number): boolean;
  isAdPlaying(): boolean;
  /** The lesson's video is playing (not paused, and not an ad). */
  isPlaying(): boolean;
  pause(): void;
  play(): void;
  /** The lesson's length as the player knows it, or null (no video yet, or an ad is playing). */
  duration(): number | null;
  /** Calls `listener` whenever the time, the ad state or the video may have changed; stops with `signal`. */
  subscribe(listener: () => void, signal: AbortSignal): void;
}

const MEDIA_EVENTS = ['timeupdate', 'seeking', 'seeked', 'loadedmetadata', 'durationchange', 'emptied', 'play', 'pause'];

export function createLessonPlayer(doc: Document = document): LessonPlayer {
  const moviePlayer = () => doc.querySelector<HTMLElement>('#movie_player');
  const video = () =>
    moviePlayer()?.querySelector<HTMLVideoElement>('video.html5-main-video') ??
    moviePlayer()?.querySelector<HTMLVideoElement>('video') ??
    null;
  const isAdPlaying = () => moviePlayer()?.classList.contains('ad-showing') ?? false;

  return {
    isAdPlaying,
    lessonTime() {
      const v = video();
      if (!v || isAdPlaying() || !Number.isFinite(v.currentTime)) return null;
      return v.currentTime;
    },
    isPlaying() {
      const v = video();
      return !!v && !v.paused && !v.ended && !isAdPlaying();
    },
    pause() {
      video()?.pause();
    },
    play() {
      // A refused play() (autoplay rules) only leaves the video paused; nothing to report.
      void video()?.play()?.catch(() => undefined);
    },
    duration() {
      const v = video();
      if (!v || isAdPlaying() || !Number.isFinite(v.duration) || v.duration <= 0) return null;
      return v.duration;
    },
    seek(t) {
      const v = video();
      if (!v || isAdPlaying()) return false;
      // Setting currentTime leaves play/pause as it was: a playing video plays on from `t`, a paused one stays paused.
      v.currentTime = t;
      return true;
    },
    subscribe(listener, signal) {
      // Media events do not bubble; listening in the capture phase on the document follows the player even when
      // YouTube swaps its <video>. Events of other videos (hover previews) are skipped.
      const onMedia = (event: Event) => {
        if (event.target instanceof Element && event.target.closest('#movie_player')) listener();
      };
      for (const type of MEDIA_EVENTS) doc.addEventListener(type, onMedia, { capture: true, signal });
      // Ads start and end by a class on #movie_player, which can itself appear later than the panel.
      const adWatch = new MutationObserver(listener);
      let watched: Element | null = null;
      const watchPlayer = () => {
        const player = moviePlayer();
        if (!player || player === watched) return;
        adWatch.disconnect();
        adWatch.observe(player, { attributes: true, attributeFilter: ['class'] });
        watched = player;
      };
      watchPlayer();
      doc.addEventListener('loadstart', watchPlayer, { capture: true, signal });
      signal.addEventListener('abort', () => adWatch.disconnect(), { once: true });
    },
  };
}
