/**
 * The embed page's player script (see embed.ts): builds the player in the chosen markup, answers the player API
 * on #movie_player and the iframe API's postMessage commands, and reports to its parent like the real one.
 */
import type { EmbedData } from './embed';

declare global {
  interface Window {
    ytEmbedData?: EmbedData;
  }
}

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const STATE = { unstarted: -1, ended: 0, playing: 1, paused: 2, buffering: 3 } as const;

function boot(data: EmbedData): void {
  const video = el('video', { class: 'video-stream html5-main-video', preload: 'metadata', playsinline: '' }) as HTMLVideoElement;
  video.src = data.mediaUrl;
  const watchUrl = `https://www.youtube.com/watch?v=${data.id}`;
  const chapters = (data.chapters.length > 0 ? data.chapters : [{ start: 0, title: '' }]).map((chapter, i, list) => {
    const end = list[i + 1]?.start ?? data.durationSeconds;
    return { ...chapter, share: ((end - chapter.start) / data.durationSeconds) * 100 };
  });
  const played = el('div', { class: 'played' });
  const play = el('button', { type: 'button', 'aria-label': 'Play' }, '▶');
  let bar: HTMLElement;
  let top: HTMLElement;
  let bottom: HTMLElement;
  if (data.player === 'desktop') {
    top = el('div', { class: 'ytp-chrome-top' }, el('div', { class: 'ytp-title' }, el('a', { class: 'ytp-title-link yt-uix-sessionlink', href: watchUrl, target: '_blank' }, data.title)));
    const blocks = chapters.map((c) => el('div', { class: 'ytp-chapter-hover-container', style: `width:${c.share}%`, title: c.title }));
    bar = el('div', { class: 'ytp-progress-bar', role: 'slider', 'aria-label': 'Seek slider', 'aria-valuemin': '0', 'aria-valuemax': String(data.durationSeconds), 'aria-valuenow': '0' },
      el('div', { class: 'ytp-chapters-container' }, ...blocks), played);
    play.classList.add('ytp-play-button', 'ytp-button');
    bottom = el('div', { class: 'ytp-chrome-bottom' }, el('div', { class: 'ytp-progress-bar-container' }, bar), el('div', { class: 'ytp-chrome-controls' }, play));
  } else {
    top = el('div', { class: 'ytmVideoInfoHost' }, el('a', { class: 'ytmVideoInfoVideoTitle', href: watchUrl, target: '_blank' }, data.title));
    const blocks = chapters.map((c) => el('div', { class: 'ytChapteredProgressBarChapteredPlayerBarChapter', style: `width:${c.share}%` }));
    bar = el('div', { class: 'ytPlayerProgressBarHost', role: 'slider', 'aria-label': 'Seek slider', 'aria-valuemin': '0', 'aria-valuemax': String(data.durationSeconds), 'aria-valuenow': '0' },
      el('div', { class: 'ytProgressBarLineHost' }, el('div', { class: 'ytChapteredProgressBarHost' }, ...blocks)), played);
    play.classList.add('ytmPlayButton');
    bottom = el('div', { id: 'player-control-container' }, bar, play);
  }
  const root = el('div', { id: 'movie_player', class: 'html5-video-player', tabindex: '-1', 'aria-label': 'YouTube Video Player' },
    el('div', { class: 'html5-video-container', 'data-layer': '0' }, video), top, bottom);
  document.getElementById('player')!.append(root);

  const seekTo = (seconds: number) => {
    if (Number.isFinite(seconds)) video.currentTime = Math.min(Math.max(0, seconds), data.durationSeconds);
  };
  const state = () => (video.ended ? STATE.ended : video.paused ? (video.played.length ? STATE.paused : STATE.unstarted) : STATE.playing);
  Object.assign(root, {
    getCurrentTime: () => video.currentTime,
    getDuration: () => data.durationSeconds,
    seekTo,
    getVideoData: () => ({ video_id: data.id, title: data.title, author: '3Blue1Brown' }),
    playVideo: () => void video.play().catch(() => undefined),
    pauseVideo: () => video.pause(),
    getPlayerState: state,
  });
  play.addEventListener('click', () => (video.paused ? void video.play().catch(() => undefined) : video.pause()));
  bar.addEventListener('click', (event) => {
    const box = bar.getBoundingClientRect();
    seekTo(((event.clientX - box.left) / box.width) * data.durationSeconds);
  });
  const showTime = () => {
    bar.setAttribute('aria-valuenow', String(Math.floor(video.currentTime)));
    played.style.width = `${(video.currentTime / data.durationSeconds) * 100}%`;
    play.textContent = video.paused ? '▶' : '❚❚';
  };
  for (const type of ['timeupdate', 'seeked', 'play', 'pause']) video.addEventListener(type, showTime);
  if (data.start > 0) video.addEventListener('loadedmetadata', () => seekTo(data.start), { once: true });

  // The iframe API: the parent page (any origin: enablejsapi=1) sends commands; the player reports back.
  let listener: MessageEventSource | null = null;
  let listenerOrigin = '*';
  const report = (message: object) => {
    if (listener) (listener as Window).postMessage(JSON.stringify(message), listenerOrigin);
  };
  const deliver = () => report({ event: 'infoDelivery', info: { currentTime: video.currentTime, duration: data.durationSeconds, playerState: state() } });
  for (const type of ['timeupdate', 'play', 'pause', 'seeked']) video.addEventListener(type, deliver);
  window.addEventListener('message', (event) => {
    if (typeof event.data !== 'string') return;
    let message: { event?: string; func?: string; args?: unknown[] };
    try {
      message = JSON.parse(event.data) as typeof message;
    } catch {
      return;
    }
    if (message.event === 'listening') {
      listener = event.source;
      listenerOrigin = event.origin;
      const ready = () => report({ event: 'onReady', info: { duration: data.durationSeconds } });
      if (video.readyState >= 1) ready();
      else video.addEventListener('loadedmetadata', ready, { once: true });
    } else if (message.event === 'command') {
      if (message.func === 'playVideo') void video.play().catch(() => undefined);
      else if (message.func === 'pauseVideo') video.pause();
      else if (message.func === 'seekTo') seekTo(Number(message.args?.[0]));
    }
  });
  (window as unknown as { __embed: object }).__embed = { player: data.player, id: data.id };
}

if (window.ytEmbedData) boot(window.ytEmbedData);
