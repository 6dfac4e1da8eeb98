/**
 * The lesson clock on YouTube (utils/lesson-clock.ts): gathers what the isolated world can see of the main
 * player (#movie_player, its <video>, `ad-showing`, the progress bar's aria values, the watch page's
 * `video-id`) and what the main-world bridge reads from the player's API, and lets utils/lesson-reading.ts
 * decide what the lesson's time is. Hover previews and other players are never looked at: only #movie_player.
 */
import type { ClockChange, ExpectingLessonClock } from '@/utils/lesson-clock';
import { parseBridgeAnswer, planSeek, readLesson, type ApiReading, type LessonReading } from '@/utils/lesson-reading';
import { ANSWER_ATTR, ASK_EVENT, CLOCK_CHANNEL_TAG, SEEK_ATTR } from '@/utils/clock-bridge';
import { createMediaIdentity } from '@/utils/media-identity';
import { parseYouTubeUrl } from '@/utils/youtube-url';
import { MOBILE_BAR_HOST, MOBILE_NAVIGATE_START, MOBILE_PLAYER_CONTAINER, MOBILE_WATCH_ROOT } from '@/utils/player-dom';

const MEDIA_EVENTS = ['timeupdate', 'seeking', 'seeked', 'loadstart', 'loadedmetadata', 'durationchange', 'emptied', 'play', 'pause'];
/** The watch page's root: a known one, or any page the page manager shows that names its video (a new layout). */
const WATCH_ROOTS = ['ytd-watch-flexy', 'ytd-watch-grid', 'ytd-watch-fixie', 'ytd-page-manager > *']
  .map((root) => `${root}[video-id]:not([hidden])`)
  .join(', ');

export interface YouTubeClockOptions {
  /** Which video the page is for, where it has no watch root naming one (the embed frame: its address). */
  pageVideoId?: () => string | null;
}

/**
 * `find()`, remembered while what it found is still in the page and still fits `fits` (checked on that one element,
 * not by searching the page again): the clock reads these elements on every media event, and YouTube's page holds
 * thousands of elements. A removed, hidden or replaced element is looked up again at once, and everything is looked
 * up again whenever YouTube navigates or the player loads new media (`epoch` moved on).
 */
function remembered<T extends Element>(epoch: () => number, find: () => T | null, fits: (found: T) => boolean): () => T | null {
  let last: T | null = null;
  let foundIn = -1;
  return () => {
    if (foundIn === epoch() && last?.isConnected && fits(last)) return last;
    foundIn = epoch();
    last = find();
    return last;
  };
}

export function createYouTubeClock(doc: Document, signal: AbortSignal, options: YouTubeClockOptions = {}): ExpectingLessonClock {
  // The id is looked up in the page's id map: nothing to remember.
  const moviePlayer = () => doc.getElementById('movie_player');
  const inPlayer = (element: Element) => element.closest('#movie_player') === moviePlayer();
  let epoch = 0;
  const lookupsEpoch = () => epoch;
  const video = remembered(
    lookupsEpoch,
    () => moviePlayer()?.querySelector<HTMLVideoElement>('video.html5-main-video') ?? moviePlayer()?.querySelector<HTMLVideoElement>('video') ?? null,
    // The main video once found stays it while it is in the player and no element marked as the main video came.
    (found) => inPlayer(found) && (found.classList.contains('html5-main-video') || !moviePlayer()?.querySelector('video.html5-main-video')),
  );
  const isAdPlaying = () => moviePlayer()?.classList.contains('ad-showing') ?? false;
  // The phone site names its video nowhere in the page (no `video-id`): there the address is the page's id, and the
  // media identity below still waits for the player's own load before it believes it.
  const phonePageVideoId = () =>
    doc.querySelector(`${MOBILE_WATCH_ROOT}:not([hidden])`) ? (parseYouTubeUrl(doc.location.href)?.videoId ?? null) : null;
  const watchRoot = remembered(lookupsEpoch, () => doc.querySelector(WATCH_ROOTS), (root) => root.matches(WATCH_ROOTS));
  const pageVideoId = options.pageVideoId ?? (() => watchRoot()?.getAttribute('video-id') || phonePageVideoId());
  const isMainPlayerMedia = (event: Event) => event.target instanceof Element && event.target.closest('#movie_player') !== null;

  let expected: string | null = null;
  // One reading serves every caller until the current microtask checkpoint: a media event calls every subscriber
  // from one listener (below), each asking for time, duration or both, and the bridge is asked once for all.
  let memo: LessonReading | null = null;
  const forget = () => {
    memo = null;
  };
  // A navigation or new media: the remembered elements are looked up again (see `remembered`).
  const lookAgain = () => {
    epoch += 1;
    forget();
  };
  // Which video the player's media belongs to, by the watch page's id (the fallback gate; see lesson-reading.ts).
  const media = createMediaIdentity(pageVideoId());
  doc.addEventListener('yt-navigate-start', () => (lookAgain(), media.navigationStarted()), { signal });
  doc.addEventListener('yt-navigate-finish', lookAgain, { signal });
  doc.defaultView?.addEventListener(MOBILE_NAVIGATE_START, () => (lookAgain(), media.navigationStarted()), { signal });
  doc.addEventListener('loadstart', (event) => isMainPlayerMedia(event) && (lookAgain(), media.mediaLoaded(pageVideoId())), { capture: true, signal });

  let channel: HTMLElement | null = null;
  signal.addEventListener('abort', () => channel?.remove(), { once: true });
  /** One synchronous question to the main-world bridge; null when it is not there or its answer is no reading. */
  const askBridge = (seekTo?: number): ApiReading | null => {
    if (signal.aborted) return null;
    if (!channel) {
      channel = doc.createElement(CLOCK_CHANNEL_TAG);
      channel.hidden = true;
    }
    if (!channel.isConnected) doc.documentElement.append(channel);
    channel.removeAttribute(ANSWER_ATTR);
    if (seekTo === undefined) channel.removeAttribute(SEEK_ATTR);
    else channel.setAttribute(SEEK_ATTR, String(seekTo));
    channel.dispatchEvent(new Event(ASK_EVENT, { bubbles: true }));
    channel.removeAttribute(SEEK_ATTR);
    return parseBridgeAnswer(channel.getAttribute(ANSWER_ATTR));
  };

  // Desktop's bar is in the player; the phone site's beside it, in the player's box.
  const MOBILE_BAR = `${MOBILE_PLAYER_CONTAINER} :is(${MOBILE_BAR_HOST})[aria-valuemax]`;
  const progressBar = remembered(
    lookupsEpoch,
    () => moviePlayer()?.querySelector('.ytp-progress-bar') ?? doc.querySelector(MOBILE_BAR),
    (bar) => (bar.classList.contains('ytp-progress-bar') ? inPlayer(bar) : bar.matches(MOBILE_BAR) && !moviePlayer()?.querySelector('.ytp-progress-bar')),
  );
  const barValues = () => {
    const bar = progressBar();
    const max = Number(bar?.getAttribute('aria-valuemax'));
    const now = Number(bar?.getAttribute('aria-valuenow'));
    return bar && Number.isFinite(max) ? { max, now: Number.isFinite(now) ? now : 0 } : null;
  };

  const read = (): LessonReading => {
    if (memo) return memo;
    memo = readNow();
    queueMicrotask(forget);
    return memo;
  };
  // A main video seen with no media yet reads as no time until one of its media events has been told (after the
  // page's own listeners for it, see `tell`): before that, YouTube's player has not said whether an ad plays, and a
  // stitched ad's first second would pass for the lesson's start (a panel that starts with the page sees this).
  // Only the clock's own media listener can tell it that event, so without it (nobody subscribed yet) a video with
  // media counts at once.
  let unreadyVideo: HTMLMediaElement | null = null;
  const readNow = (): LessonReading => {
    const current = pageVideoId();
    const v = video();
    if (v && v.readyState === 0) unreadyVideo = v;
    const unready = v !== null && v === unreadyVideo && (v.readyState === 0 || watching);
    return readLesson({
      expected,
      api: unready ? null : askBridge(),
      video: v && !unready ? { time: v.currentTime, duration: v.duration } : null,
      bar: unready ? null : barValues(),
      adShowing: isAdPlaying(),
      pageVideoId: current,
      mediaVideoId: media.current(current),
    });
  };

  // Every subscriber (the current moment, the progress recorder, the ticks) is called from one listener per
  // media event, in one go: the reading above is then taken once per event however many of them ask.
  const listeners = new Set<(change: ClockChange) => void>();
  const notify = (change: ClockChange) => {
    for (const listener of [...listeners]) listener(change);
  };
  let watching = false;
  const startWatching = () => {
    if (watching || signal.aborted) return;
    watching = true;
    // Media events do not bubble; listening in the capture phase on the document follows the player even when
    // YouTube swaps its <video>. Events of other videos (hover previews) are skipped.
    // Playback moving on is told once per lesson second, not at every timeupdate (four a second): what the panel
    // shows of the time is whole seconds. Whether the second changed is told by the element's own clock, less the
    // offset between it and the lesson's time at the last reading (stitched ads); a seek, a pause, new media or an
    // ad is a 'state' change and always told, and unknown lesson time (an ad, another video) skips nothing.
    let offset: number | null = null;
    let toldSecond: number | null = null;
    let toldElement: EventTarget | null = null; // the element last told for (the player's, as checked then)
    const tell = (element: HTMLMediaElement, change: ClockChange) => {
      if (signal.aborted) return;
      if (element === unreadyVideo && element.readyState > 0) {
        unreadyVideo = null;
        forget();
      }
      notify(change);
      const { time } = read();
      offset = time === null ? null : element.currentTime - time;
      toldSecond = time === null ? null : Math.floor(time);
      toldElement = element;
    };
    // The page's own listeners for the same event run after this capture listener, and YouTube sets `ad-showing`
    // and its bar's values in them: read before they ran, an ad's first seconds would pass for the lesson's (a
    // panel that starts with the page sees exactly that). So the reading waits for them: a listener added to the
    // element now runs after every listener it already has. One per element and event type at a time.
    const waiting = new WeakMap<EventTarget, Set<string>>();
    const onMedia = (event: Event) => {
      const change: ClockChange = event.type === 'timeupdate' ? 'time' : 'state';
      const element = event.target as HTMLMediaElement;
      // Three timeupdates in four, of the element last told, are still in the told second: skipped first thing.
      if (change === 'time' && element === toldElement && offset !== null && Math.floor(element.currentTime - offset) === toldSecond) return;
      if (!isMainPlayerMedia(event)) return;
      let types = waiting.get(element);
      if (!types) waiting.set(element, (types = new Set()));
      if (types.has(event.type)) return;
      types.add(event.type);
      const type = event.type;
      element.addEventListener(
        type,
        () => (types.delete(type), tell(element, change)),
        { once: true }, // no `signal`: each would add an abort step to the panel's signal, once a second
      );
    };
    for (const type of MEDIA_EVENTS) doc.addEventListener(type, onMedia, { capture: true, signal });
    // Ads start and end by a class on #movie_player, which can itself appear later than the panel.
    const adWatch = new MutationObserver(() => notify('state'));
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
  };

  return {
    expect(videoId) {
      expected = videoId;
      forget();
    },
    isAdPlaying,
    lessonTime: () => read().time,
    duration: () => read().duration,
    isPlaying() {
      const v = video();
      return !!v && !v.paused && !v.ended && read().time !== null;
    },
    pause() {
      video()?.pause();
    },
    play() {
      // A refused play() (autoplay rules) only leaves the video paused; nothing to report.
      void video()?.play()?.catch(() => undefined);
    },
    seek(t) {
      const plan = planSeek(read(), t);
      forget();
      if (!plan) return false;
      if (plan.via === 'api') return askBridge(plan.to) !== null;
      const v = video();
      if (!v) return false;
      // Setting currentTime leaves play/pause as it was: a playing video plays on from `t`, a paused one stays paused.
      v.currentTime = plan.to;
      return true;
    },
    subscribe(listener, stop) {
      if (stop.aborted) return;
      listeners.add(listener);
      stop.addEventListener('abort', () => listeners.delete(listener), { once: true });
      startWatching();
    },
  };
}
