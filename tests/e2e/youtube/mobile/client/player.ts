/**
 * The phone site's player, as extensions describe it (../shared/research/real-youtube-2026.md §3):
 * `#player-container-id` holds `#player` (with `loading="false"` once a video is loaded; there is no `video-id`
 * attribute anywhere), which holds the same `#movie_player` / `.html5-video-container video` as desktop. The
 * controls are a separate layer, `#player-control-container`, whose `#player-control-overlay` has `fadein` while
 * they show: a tap on the player shows them, they fade 3 s later while the video plays. The progress bar sits in
 * that layer, not in #movie_player: a tall touch host (`yt-progress-bar.ytPlayerProgressBarHost`, with the
 * slider's aria values) around a thin line, `.ytChapteredProgressBarHost` with one
 * `.ytChapteredProgressBarChapteredPlayerBarChapter` per chapter, or `.ytProgressBarLineHost` without chapters.
 * Nesting and sizes are modelled from those extensions' selectors and CSS, not captured from the live site.
 * Built once and kept, like desktop's: a new video only changes the same <video>'s source.
 */
import type { VideoData } from '../../page-data';
import { el, formatClock } from '../../client/dom';
import { createAds } from '../../client/player-ads';
import { installPlayerApi } from '../../client/player-api';
import type { Player } from '../../client/player';
import { playerModes } from '../../client/player-modes';

/** How long the controls stay after a tap while the video plays. */
const CONTROLS_FADE_MS = 3000;
/** The gap between chapter blocks (an inline margin, as on the desktop's redesigned bar). */
const CHAPTER_GAP_PX = 2;

export interface MobilePlayer extends Player {
  container: HTMLElement;
  showControls(): void;
  controlsShown(): boolean;
  /** Seeks made by taps on the bar. */
  barSeeks(): number;
  /** Requests for fullscreen the browser refused (headless may). */
  fullscreenRefusals(): number;
}

export function createMobilePlayer(): MobilePlayer {
  const video = el('video', { class: 'video-stream html5-main-video', playsinline: true, 'webkit-playsinline': true, controlslist: 'nodownload' });
  const root = el('div', { id: 'movie_player', class: 'html5-video-player ytp-transparent ytp-hide-controls', tabindex: '-1', 'aria-label': 'YouTube Video Player' },
    el('div', { class: 'html5-video-container', 'data-layer': '0' }, video),
    el('div', { class: 'ytp-ad-module' }, el('span', { class: 'ytp-ad-text' }, 'Ad')));
  const playerBox = el('div', { id: 'player', class: 'player-size', loading: 'true' }, root);

  const playButton = el('button', { class: 'player-control-play-pause-icon', 'aria-label': 'Play video' }, '▶');
  const fullscreenButton = el('button', { class: 'fullscreen-icon', 'aria-label': 'Enter fullscreen' }, '⛶');
  const timeFirst = el('span', { class: 'time-first' }, '0:00');
  const timeSecond = el('span', { class: 'time-second' }, '0:00');
  const barHost = el('yt-progress-bar', {
    class: 'ytPlayerProgressBarHost watch-page-progress-bar', role: 'slider', tabindex: '0', 'aria-label': 'Seek slider',
    'aria-valuemin': '0', 'aria-valuemax': '0', 'aria-valuenow': '0',
  });
  const overlay = el('div', { id: 'player-control-overlay', class: 'player-controls-overlay' },
    el('div', { class: 'player-controls-background' }),
    el('div', { class: 'player-controls-content' },
      el('div', { class: 'player-controls-middle center' }, playButton),
      el('div', { class: 'player-controls-bottom' }, el('ytm-time-display', { class: 'time-display' }, timeFirst, el('span', { class: 'time-delimiter' }, ' / '), timeSecond)),
      fullscreenButton),
    barHost);
  const controls = el('div', { id: 'player-control-container' }, el('ytm-custom-control', {}, overlay));
  const container = el('div', { id: 'player-container-id', class: 'player-container' }, playerBox, controls);

  let current: VideoData | undefined;
  let parts: { start: number; end: number; seen: HTMLElement }[] = [];
  let fadeTimer: ReturnType<typeof setTimeout> | undefined;
  let seeks = 0;
  let fullscreenRefusals = 0;

  const renderBar = (data: VideoData) => {
    barHost.setAttribute('aria-valuemax', String(data.durationSeconds));
    if (data.chapters.length === 0) {
      const seen = el('div', { class: 'ytProgressBarLineProgressBarPlayed' });
      barHost.replaceChildren(el('yt-progress-bar-line', { class: 'ytProgressBarLineHost' }, seen), playhead());
      parts = [{ start: 0, end: data.durationSeconds, seen }];
      return;
    }
    const line = el('div', { class: 'ytChapteredProgressBarChapteredPlayerBar' });
    parts = data.chapters.map((chapter, i) => {
      const end = data.chapters[i + 1]?.start ?? data.durationSeconds;
      const last = i === data.chapters.length - 1;
      const share = ((end - chapter.start) / data.durationSeconds) * 100;
      const seen = el('div', { class: 'ytChapteredProgressBarChapteredPlayerBarChapterSeen' });
      line.append(el('div', {
        class: 'ytChapteredProgressBarChapteredPlayerBarChapter',
        style: `width: calc(${share}% - ${last ? 0 : CHAPTER_GAP_PX}px); margin-right: ${last ? 0 : CHAPTER_GAP_PX}px`,
      }, seen));
      return { start: chapter.start, end, seen };
    });
    barHost.replaceChildren(el('yt-chaptered-progress-bar', { class: 'ytChapteredProgressBarHost' }, line), playhead());
  };
  const playhead = () => el('div', { class: 'ytProgressBarPlayheadHost' }, el('div', { class: 'ytProgressBarPlayheadProgressBarPlayheadDot' }));

  const showTime = () => {
    if (!current || ads.isPlaying()) return;
    const t = video.currentTime;
    barHost.setAttribute('aria-valuenow', String(Math.floor(t)));
    for (const part of parts) {
      part.seen.style.transform = `scaleX(${Math.min(1, Math.max(0, (t - part.start) / (part.end - part.start)))})`;
    }
    const dot = barHost.querySelector<HTMLElement>('.ytProgressBarPlayheadHost');
    if (dot) dot.style.left = `${(t / current.durationSeconds) * 100}%`;
    if (timeFirst.textContent !== formatClock(t)) timeFirst.textContent = formatClock(t);
    timeSecond.textContent = formatClock(current.durationSeconds);
  };
  const showMode = () => {
    playButton.setAttribute('aria-label', video.paused ? 'Play video' : 'Pause video');
    playButton.textContent = video.paused ? '▶' : '❚❚';
  };
  for (const type of ['timeupdate', 'seeked', 'loadedmetadata']) video.addEventListener(type, showTime);
  for (const type of ['play', 'pause', 'playing']) video.addEventListener(type, showMode);

  const hideLater = () => {
    clearTimeout(fadeTimer);
    fadeTimer = setTimeout(() => {
      if (!video.paused) overlay.classList.remove('fadein');
    }, CONTROLS_FADE_MS);
  };
  const showControls = () => {
    overlay.classList.add('fadein');
    hideLater();
  };
  // A tap on the player (anywhere but the controls) shows the controls, or hides them when they show.
  controls.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('button, yt-progress-bar')) return;
    if (overlay.classList.contains('fadein')) overlay.classList.remove('fadein');
    else showControls();
  });
  // Fullscreen as the phone site does it: the whole page, with the player stretched over it (body[faux-fullscreen]).
  fullscreenButton.addEventListener('click', () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else document.documentElement.requestFullscreen().catch(() => fullscreenRefusals++);
  });
  document.addEventListener('fullscreenchange', () => {
    document.body.setAttribute('faux-fullscreen', String(document.fullscreenElement !== null));
    fullscreenButton.setAttribute('aria-label', document.fullscreenElement ? 'Exit fullscreen' : 'Enter fullscreen');
  });
  playButton.addEventListener('click', () => {
    player.togglePlay();
    showControls();
  });
  // The bar seeks where it is tapped (on the whole tall host, not only on the thin line).
  barHost.addEventListener('click', (event) => {
    if (!current) return;
    const box = barHost.getBoundingClientRect();
    seeks++;
    player.seekTo(((event.clientX - box.left) / box.width) * current.durationSeconds);
    showControls();
  });

  const ads = createAds(root, video);
  const player: MobilePlayer = {
    root,
    video,
    ads,
    container,
    current: () => current,
    load(data, startSeconds) {
      ads.cancel();
      if (current?.id === data.id) {
        if (startSeconds > 0) video.currentTime = startSeconds;
        return;
      }
      current = data;
      playerBox.setAttribute('loading', 'true');
      renderBar(data);
      video.src = data.mediaUrl;
      video.addEventListener('loadedmetadata', () => {
        playerBox.setAttribute('loading', 'false');
        if (startSeconds > 0) video.currentTime = startSeconds;
      }, { once: true });
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
      const end = Number.isFinite(video.duration) ? video.duration : current?.durationSeconds ?? 0;
      video.currentTime = Math.min(Math.max(0, seconds), end);
    },
    lessonTime: () => video.currentTime,
    rebuildProgressBar() {
      if (current) renderBar(current);
    },
    whenPlaying() {
      if (!video.paused && video.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA) return Promise.resolve();
      return new Promise((resolve) => {
        const check = () => {
          if (video.paused) return;
          video.removeEventListener('playing', check);
          video.removeEventListener('timeupdate', check);
          resolve();
        };
        video.addEventListener('playing', check);
        video.addEventListener('timeupdate', check);
      });
    },
    showControls,
    controlsShown: () => overlay.classList.contains('fadein'),
    barSeeks: () => seeks,
    fullscreenRefusals: () => fullscreenRefusals,
  };
  if (playerModes.playerApi) installPlayerApi(player);
  return player;
}
