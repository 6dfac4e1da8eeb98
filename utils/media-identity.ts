/**
 * Which video the main player's media belongs to, when YouTube's player API cannot say (the lesson clock's
 * fallback gate, see lesson-reading.ts). Only the watch page's `video-id` names a video in the DOM, and YouTube
 * may change it before or after the media swaps. So: the media is the video the page named when it last loaded
 * media (a `loadstart`); and once media has loaded during a navigation, a later change of the page's id within
 * that navigation names the same media. Until media loads in a navigation, the old video is what plays.
 * Pure: fed the events in order.
 */
export interface MediaIdentity {
  /** `yt-navigate-start`: a new page is coming; its media has not loaded yet. */
  navigationStarted(): void;
  /** The main player began loading media while the page said `pageVideoId`. */
  mediaLoaded(pageVideoId: string | null): void;
  /** The video the media belongs to, given what the page says now. */
  current(pageVideoId: string | null): string | null;
}

/** `initial`: the page's id when the clock starts (the media already loaded for it, or loads next). */
export function createMediaIdentity(initial: string | null): MediaIdentity {
  let media = initial;
  let loadedThisNavigation = false;
  return {
    navigationStarted() {
      loadedThisNavigation = false;
    },
    mediaLoaded(pageVideoId) {
      loadedThisNavigation = true;
      media = pageVideoId;
    },
    current(pageVideoId) {
      if (loadedThisNavigation && pageVideoId !== null) media = pageVideoId;
      return media;
    },
  };
}
