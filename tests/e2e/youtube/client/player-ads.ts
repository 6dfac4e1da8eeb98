/**
 * Ads the way YouTube plays them: in the SAME <video> as the lesson, with `ad-showing` (and
 * `ad-interrupting`) on #movie_player while they play. The lesson's source and position are put back after.
 * During the ad, `video.currentTime` is the ad's time, which an extension must not take for the lesson's.
 */

export const AD_URL = '/videoplayback?ad=1';

export interface Ads {
  play(seconds: number): Promise<void>;
  /** Resolves when no ad is playing any more (at once if none is). */
  finished(): Promise<void>;
  isPlaying(): boolean;
  /** Drops a playing ad without restoring (the page is moving to another video). */
  cancel(): void;
}

interface Running {
  src: string | null;
  time: number;
  wasPlaying: boolean;
  stopWatching: () => void;
}

export function createAds(root: HTMLElement, video: HTMLVideoElement): Ads {
  let running: Running | undefined;
  // From the ad's start until the lesson is back at its position (which is after `running` ends).
  let pending: { promise: Promise<void>; resolve: () => void } | undefined;
  // Bumped when the page moves on, so a restore still waiting for the lesson's metadata does nothing.
  let generations = 0;
  const settle = () => {
    pending?.resolve();
    pending = undefined;
  };

  const clear = () => root.classList.remove('ad-showing', 'ad-interrupting');

  const restore = () => {
    const ad = running;
    if (!ad) return;
    ad.stopWatching();
    running = undefined;
    const generation = ++generations;
    if (ad.src) video.src = ad.src;
    video.addEventListener(
      'loadedmetadata',
      () => {
        if (generation !== generations) return;
        video.currentTime = ad.time;
        // The classes go once the lesson's time is back, so nothing reads the ad's time as the lesson's.
        clear();
        if (ad.wasPlaying) video.play().catch(() => undefined);
        else video.pause();
        video.addEventListener('seeked', settle, { once: true });
      },
      { once: true },
    );
  };

  return {
    play(seconds) {
      if (running) return Promise.reject(new Error('an ad is already playing'));
      let resolve = () => {};
      pending = { promise: new Promise<void>((r) => (resolve = r)), resolve: () => resolve() };
      const onTime = () => {
        if (video.currentTime >= seconds) restore();
      };
      video.addEventListener('timeupdate', onTime);
      video.addEventListener('ended', restore);
      running = {
        src: video.getAttribute('src'),
        time: video.currentTime,
        wasPlaying: !video.paused,
        stopWatching: () => {
          video.removeEventListener('timeupdate', onTime);
          video.removeEventListener('ended', restore);
        },
      };
      root.classList.add('ad-showing', 'ad-interrupting');
      video.src = AD_URL;
      return video.play();
    },
    finished() {
      return pending?.promise ?? Promise.resolve();
    },
    isPlaying() {
      return running !== undefined || root.classList.contains('ad-showing');
    },
    cancel() {
      generations++;
      running?.stopWatching();
      running = undefined;
      clear();
      settle();
    },
  };
}
