/**
 * The lesson clock inside YouTube's embed frame on a lesson page of www.3blue1brown.com, injected by the
 * background (with the main-world bridge) only into that frame, only once the page's panel asked for it. It
 * reads the embedded player through the same clock as youtube.com's panel and reports to the background, which
 * passes each reading to the page's panel; it obeys the seeks, plays and pauses the background brings it from
 * that panel. Nothing goes to or comes from the page itself (no postMessage): the page cannot read or forge it.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readEmbedPlayerCommand, type EmbedReading } from '@/utils/embed-relay';
import { seriesVideoOfEmbed } from '@/utils/lesson-pages';
import { isOrphaned, sendRequest } from '@/utils/messaging';
import { createYouTubeClock } from './margin-panel/youtube-clock';
import { embedReadingGate } from '@/utils/embed-reading-gate';

const RUNNING = '__marginEmbedClock';

export default defineUnlistedScript(() => {
  const global = globalThis as typeof globalThis & { [RUNNING]?: boolean };
  // Injected again when the page's panel asks again (the frame reloaded, a second panel): one clock per frame.
  if (global[RUNNING]) return;
  const lesson = seriesVideoOfEmbed(location.href);
  if (!lesson) return;
  global[RUNNING] = true;

  const controller = new AbortController();
  const { signal } = controller;
  const clock = createYouTubeClock(document, signal, { pageVideoId: () => seriesVideoOfEmbed(location.href) });
  clock.expect(lesson);

  const read = (): EmbedReading => {
    const t = clock.lessonTime();
    return {
      videoId: t !== null ? lesson : null,
      t,
      d: clock.duration(),
      playing: clock.isPlaying(),
      ad: clock.isAdPlaying(),
    };
  };
  const gate = embedReadingGate();
  const report = () => {
    if (isOrphaned()) {
      controller.abort();
      return;
    }
    const reading = read();
    if (!gate.shouldSend(reading, Date.now())) return;
    sendRequest('embed/reading', reading).catch(() => undefined);
  };
  clock.subscribe(report, signal);
  // Playback without events (none fire between timeupdates) is covered by them; a paused player says nothing new.
  report();

  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only the background (a sender of this extension without a tab) brings the panel's requests.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const command = readEmbedPlayerCommand(message);
    if (!command) return undefined;
    let done = true;
    if (command.action === 'seek') done = clock.seek(command.t ?? 0);
    else if (command.action === 'play') clock.play();
    else clock.pause();
    gate.forget();
    report();
    return Promise.resolve({ done });
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime?.onMessage.removeListener(onMessage), { once: true });
});
