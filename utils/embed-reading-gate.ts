/**
 * How often the embed frame reports its lesson clock (utils/embed-relay.ts). Each report crosses two messages
 * (frame → background → page), so steady playback is reported about once a second: the page's clock carries the
 * time on between reports (utils/remote-reading.ts). Anything else is reported at once: play, pause, a seek, an
 * ad, the lesson confirmed or lost. Pure.
 */
import type { EmbedReading } from './embed-relay';

/** Steady playback is reported this often. */
export const STEADY_REPORT_MS = 1000;
/** A time further than this from where steady playback would be is a seek (or a stall): reported at once. */
export const JUMP_TOLERANCE_S = 1;

export interface EmbedReadingGate {
  shouldSend(reading: EmbedReading, now: number): boolean;
  /** The next reading is sent whatever it is (after a command from the panel, which waits for its effect). */
  forget(): void;
}

export function embedReadingGate(): EmbedReadingGate {
  let last: { reading: EmbedReading; at: number } | null = null;
  return {
    shouldSend(reading, now) {
      const previous = last;
      const send = () => {
        last = { reading, at: now };
        return true;
      };
      if (!previous) return send();
      const before = previous.reading;
      if (before.videoId !== reading.videoId || before.playing !== reading.playing || before.ad !== reading.ad) return send();
      if (before.d !== reading.d || (before.t === null) !== (reading.t === null)) return send();
      if (before.t === null || reading.t === null) return false;
      const expected = before.t + (before.playing ? (now - previous.at) / 1000 : 0);
      if (Math.abs(reading.t - expected) > JUMP_TOLERANCE_S) return send();
      return before.playing && now - previous.at >= STEADY_REPORT_MS ? send() : false;
    },
    forget() {
      last = null;
    },
  };
}
