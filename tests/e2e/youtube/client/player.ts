/**
 * The one #movie_player of the watch page and its one <video>. Like YouTube, the player is built once and kept:
 * a new video (navigation, autoplay, an ad) only changes the same element's source, which is what an
 * extension watching `#movie_player video` must cope with. Modes (../modes.ts) add the player API, a stitched
 * ad, the redesigned player and a progress bar rebuilt per video.
 */
import type { VideoData } from '../page-data';
import { el, formatClock } from './dom';
import { createAds, type Ads } from './player-ads';
import { installPlayerApi } from './player-api';
import { createStitching } from './player-stitched';
import { installDelhi } from './player-delhi';
import { createProgressBar } from './progress-bar';
import { playerModes } from './player-modes';

export interface Player {
  root: HTMLElement;
  video: HTMLVideoElement;
  ads: Ads;
  current(): VideoData | undefined;
  load(video: VideoData, startSeconds: number): void;
  stop(): void;
  togglePlay(): 'play' | 'pause';
  /** Seeks to lesson second `seconds`. */
  seekTo(seconds: number): void;
  /** The lesson's time (the media's, less a stitched ad in front). */
  lessonTime(): number;
  /** Rebuilds the progress bar for the current video, as on a video-data change (a new node in that mode). */
  rebuildProgressBar(): void;
  /** Resolves once the main video plays (at once if it does). */
  whenPlaying(): Promise<void>;
}

export interface PlayerActions {
  toggleTheater(): void;
  toggleFullscreen(): void;
}

function controls(actions: PlayerActions, player: () => Player): HTMLElement {
  const play = el('button', { class: 'ytp-play-button ytp-button', 'aria-label': 'Pause (k)' });
  play.addEventListener('click', () => player().togglePlay());
  const size = el('button', { class: 'ytp-size-button ytp-button', 'aria-label': 'Theater mode (t)' }, 'Theater');
  size.addEventListener('click', () => actions.toggleTheater());
  const full = el('button', { class: 'ytp-fullscreen-button ytp-button', 'aria-label': 'Full screen (f)' }, 'Full');
  full.addEventListener('click', () => actions.toggleFullscreen());
  return el(
    'div',
    { class: 'ytp-chrome-controls' },
    el('div', { class: 'ytp-left-controls' }, play,
      el('div', { class: 'ytp-time-display notranslate' }, el('span', { class: 'ytp-time-current' }, '0:00'),
        el('span', { class: 'ytp-time-separator' }, ' / '), el('span', { class: 'ytp-time-duration' }, '0:00')),
      el('div', { class: 'ytp-chapter-container' }, el('div', { class: 'ytp-chapter-title-content' }))),
    el('div', { class: 'ytp-right-controls' }, size, full),
  );
}

export function createPlayer(actions: PlayerActions): Player {
  const video = el('video', { class: 'video-stream html5-main-video', tabindex: '-1', controlslist: 'nodownload' });
  const barContainer = el('div', { class: 'ytp-progress-bar-container' });
  const root = el(
    'div',
    { id: 'movie_player', class: 'html5-video-player ytp-transparent paused-mode', tabindex: '-1', 'aria-label': 'YouTube Video Player' },
    el('div', { class: 'html5-video-container', 'data-layer': '0' }, video),
    el('div', { class: 'ytp-ad-module' }, el('div', { class: 'ytp-ad-player-overlay' }, el('span', { class: 'ytp-ad-text' }, 'Ad'))),
    el('div', { class: 'ytp-chrome-bottom' }, barContainer, controls(actions, () => player)),
  );
  if (playerModes.delhiPlayer) installDelhi(root);
  let current: VideoData | undefined;
  const bar = createProgressBar(barContainer, (fraction) => {
    if (current) player.seekTo(fraction * current.durationSeconds);
  });
  const stitching = createStitching(root, video);

  const setText = (selector: string, text: string) => {
    const element = root.querySelector(selector);
    if (element && element.textContent !== text) element.textContent = text;
  };
  const showTime = () => {
    if (ads.isPlaying() || !current) return;
    // Lesson time: with an ad stitched in front, the media's clock runs ahead by the ad's length.
    const t = Math.max(0, video.currentTime - stitching.offset());
    bar.setTime(t, current);
    const chapter = [...current.chapters].reverse().find((c) => c.start <= t);
    // Text only, in place: the player adds no nodes while it plays, so a test can tell any added node is not its.
    setText('.ytp-time-current', formatClock(t));
    setText('.ytp-time-duration', formatClock(current.durationSeconds));
    setText('.ytp-chapter-title-content', chapter ? `• ${chapter.title}` : '');
  };
  const showMode = () => {
    root.classList.toggle('playing-mode', !video.paused);
    root.classList.toggle('paused-mode', video.paused);
    const button = root.querySelector('.ytp-play-button');
    button?.setAttribute('aria-label', video.paused ? 'Play (k)' : 'Pause (k)');
    if (button) button.textContent = video.paused ? '▶' : '❚❚';
  };
  for (const type of ['timeupdate', 'seeked', 'loadedmetadata']) video.addEventListener(type, showTime);
  for (const type of ['play', 'pause', 'playing']) video.addEventListener(type, showMode);

  const ads: Ads = createAds(root, video);
  const player: Player = {
    root,
    video,
    ads,
    current: () => current,
    load(data, startSeconds) {
      ads.cancel();
      if (current?.id === data.id && video.getAttribute('src') === stitching.mediaUrl(data)) {
        if (startSeconds > 0) video.currentTime = startSeconds + stitching.offset();
        return;
      }
      current = data;
      bar.show(data);
      video.src = stitching.mediaUrl(data);
      if (startSeconds > 0) {
        video.addEventListener('loadedmetadata', () => (video.currentTime = startSeconds + stitching.offset()), { once: true });
      }
      // Autoplay, as on YouTube; a newer source interrupts this play() and rejects its promise, which is fine.
      video.play().catch(() => undefined);
      showTime();
    },
    stop() {
      ads.cancel();
      video.pause();
    },
    togglePlay() {
      if (video.paused) {
        video.play().catch(() => undefined);
        return 'play';
      }
      video.pause();
      return 'pause';
    },
    seekTo(seconds) {
      // In lesson seconds, as YouTube's own seekTo: a stitched ad in front is added back.
      const offset = stitching.offset();
      const end = Number.isFinite(video.duration) ? video.duration - offset : current?.durationSeconds ?? 0;
      video.currentTime = Math.min(Math.max(0, seconds), end) + offset;
    },
    lessonTime() {
      return Math.max(0, video.currentTime - stitching.offset());
    },
    rebuildProgressBar() {
      if (!current) return;
      bar.show(current);
      showTime();
    },
    whenPlaying() {
      if (!video.paused && video.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA && !ads.isPlaying()) return Promise.resolve();
      return new Promise((resolve) => {
        const check = () => {
          if (video.paused || ads.isPlaying()) return;
          video.removeEventListener('playing', check);
          video.removeEventListener('timeupdate', check);
          resolve();
        };
        video.addEventListener('playing', check);
        video.addEventListener('timeupdate', check);
      });
    },
  };
  if (playerModes.playerApi) installPlayerApi(player);
  return player;
}
