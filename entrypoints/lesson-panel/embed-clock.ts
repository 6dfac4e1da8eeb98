/**
 * The lesson clock (utils/lesson-clock.ts) of a lesson page on www.3blue1brown.com, where the player is in
 * YouTube's embed frame. It holds the last reading the background brought from that frame (utils/embed-relay.ts)
 * and sends seeks, plays and pauses back the same way, never through the page.
 *
 * Before the learner pressed play the page shows only a thumbnail: the lesson stands at 0:00 (where the embed
 * starts), and a jump or a play first presses the page's own "Play video" button, then seeks once the embed
 * reports the lesson.
 */
import type { Browser } from 'wxt/browser';
import type { ClockChange, LessonClock } from '@/utils/lesson-clock';
import { readEmbedReadingPush, type EmbedReading, type PlayerAction } from '@/utils/embed-relay';
import { carriedTime } from '@/utils/remote-reading';
import { extensionRuntime, sendRequest } from '@/utils/messaging';
import type { SeriesVideoId } from '@/utils/series-ids';

/** Where the page's player stands, for the panel to say. */
export type EmbedPhase =
  | { kind: 'before-play' }
  | { kind: 'starting'; startAt: number | null }
  | { kind: 'following' };

export interface EmbedClock extends LessonClock {
  phase(): EmbedPhase;
  /** The page changed what it shows of the player (the embed appeared): listeners read again. */
  refresh(): void;
}

export interface EmbedClockOptions {
  lesson: SeriesVideoId;
  /** Presses the page's "Play video" (the embed is inserted only then); false when the page has no such button. */
  startPlayer(): boolean;
  /** The embed element is on the page (play was pressed, by the learner or by startPlayer). */
  embedShown(): boolean;
  signal: AbortSignal;
}

export function createEmbedClock({ lesson, startPlayer, embedShown, signal }: EmbedClockOptions): EmbedClock {
  let frameId: number | null = null;
  let reading: EmbedReading | null = null;
  let receivedAt = 0;
  let pendingSeek: number | null = null;
  let startRequested = false;
  const listeners = new Set<(change: ClockChange) => void>();
  // A relayed reading says nothing of what changed in it: every change counts as 'state' here.
  const notify = () => listeners.forEach((listener) => listener('state'));

  const ask = (action: PlayerAction, t?: number) => {
    if (frameId === null) return;
    sendRequest('lesson/player', t === undefined ? { frameId, action } : { frameId, action, t }).catch(() => undefined);
  };
  const now = () => (reading ? carriedTime(reading, receivedAt, Date.now()) : null);

  const receive = (from: number, next: EmbedReading) => {
    // The lesson's own embed only: another series video embedded further down the page is not this lesson.
    if (next.videoId !== null && next.videoId !== lesson) return;
    if (frameId === null) {
      if (next.videoId !== lesson) return;
      frameId = from;
    } else if (from !== frameId) {
      if (next.videoId !== lesson) return;
      frameId = from; // the page rebuilt its embed: a new frame
    }
    reading = next;
    receivedAt = Date.now();
    if (pendingSeek !== null && next.t !== null && !next.ad) {
      const to = pendingSeek;
      pendingSeek = null;
      ask('seek', to);
      reading = { ...next, t: to };
    }
    notify();
  };

  const runtime = extensionRuntime();
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only the background relays readings (a sender of this extension without a tab); the page cannot send these.
    if (sender.id !== runtime.id || sender.tab) return undefined;
    const push = readEmbedReadingPush(message);
    if (push) receive(push.frameId, push.reading);
    return undefined;
  };
  runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => runtime.onMessage?.removeListener(onMessage), { once: true });

  const started = () => startRequested || frameId !== null || embedShown();
  const start = () => {
    if (embedShown()) return true;
    startRequested = startPlayer();
    if (startRequested) notify();
    return startRequested;
  };

  return {
    refresh: notify,
    phase() {
      if (reading && reading.t !== null && pendingSeek === null) return { kind: 'following' };
      return started() ? { kind: 'starting', startAt: pendingSeek } : { kind: 'before-play' };
    },
    lessonTime: () => (started() ? now() : 0),
    duration: () => reading?.d ?? null,
    isAdPlaying: () => reading?.ad ?? false,
    isPlaying: () => !!reading?.playing && now() !== null,
    seek(t) {
      if (reading?.ad) return false;
      if (frameId !== null && reading?.t != null) {
        ask('seek', t);
        reading = { ...reading, t: Math.max(0, reading.d !== null ? Math.min(t, reading.d) : t) };
        receivedAt = Date.now();
        notify();
        return true;
      }
      // Not playing yet: start the page's player; the seek follows its first reading of the lesson.
      if (frameId === null && !start()) return false;
      pendingSeek = Math.max(0, t);
      notify();
      return true;
    },
    play() {
      if (frameId !== null) ask('play');
      else start();
    },
    pause() {
      ask('pause');
    },
    subscribe(listener, stop) {
      listeners.add(listener);
      stop.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
  };
}
