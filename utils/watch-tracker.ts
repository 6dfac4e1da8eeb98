/**
 * Turns the player's stream of time readings into stretches of real watching: playback that moved forward
 * steadily. A seek, an ad, a pause or a gap in readings ends a stretch, so jumping around never counts the
 * skipped part, and ad time never counts at all. Pure: fed readings, returns finished stretches.
 */

export interface PlayerReading {
  /** Lesson time, or null while an ad plays. */
  t: number | null;
  playing: boolean;
}

export type Stretch = { from: number; to: number };

/** Longest step between two readings that still counts as continuous playback (timeupdate fires ~4× a second). */
export const MAX_STEP_S = 2;

export interface WatchTracker {
  /** Feeds one reading; returns a stretch that this reading ended, if any. */
  observe(reading: PlayerReading): Stretch | null;
  /** Ends the current stretch now (pause, page hidden, another video) and returns it if it covers any time. */
  flush(): Stretch | null;
}

export function createWatchTracker(): WatchTracker {
  let from: number | null = null;
  let last: number | null = null;

  const end = (): Stretch | null => {
    const stretch = from !== null && last !== null && last > from ? { from, to: last } : null;
    from = null;
    last = null;
    return stretch;
  };

  return {
    observe({ t, playing }) {
      if (t === null) return end();
      const continues = last !== null && t > last && t - last <= MAX_STEP_S;
      // A pause ends the stretch where playback stopped: the time read at the pause, when it carries on from the
      // last reading (readings come about once a second).
      if (!playing) {
        if (continues) last = t;
        return end();
      }
      if (continues) {
        last = t;
        return null;
      }
      if (last !== null && t === last) return null;
      const finished = end();
      from = t;
      last = t;
      return finished;
    },
    flush: end,
  };
}
