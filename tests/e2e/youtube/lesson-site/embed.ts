/**
 * The page of https://www.youtube.com/embed/ID as the lesson pages frame it (served by the YouTube imitation).
 * By default YouTube's NEW embed player, which uses the mobile player's markup (research §3: maze-utils treats
 * embeds as mobile since aeb70d6; SponsorBlock's mobile selectors): `#movie_player`, `.html5-video-container
 * video`, the title as `.ytmVideoInfoVideoTitle`, a mobile-style progress bar (`.ytProgressBarLineHost`,
 * `.ytChapteredProgressBarHost`). With `imitation-player=desktop` in its address, the old desktop chrome some
 * users still get: `a.ytp-title-link`, `.ytp-progress-bar`. Either way the player API on #movie_player
 * (getCurrentTime, getDuration, seekTo, getVideoData, playVideo, pauseVideo, getPlayerState) and the iframe API
 * over postMessage; no yt-navigate events. It plays only when asked (no autoplay parameter).
 */
import { videoById } from '../videos';

export type EmbedPlayer = 'new' | 'desktop';

export interface EmbedData {
  id: string;
  title: string;
  durationSeconds: number;
  chapters: { start: number; title: string }[];
  mediaUrl: string;
  player: EmbedPlayer;
  start: number;
}

export const EMBED_SCRIPT = '/s/player/imitation/embed.js';

export function embedData(url: URL): EmbedData | null {
  const id = /^\/embed\/([A-Za-z0-9_-]{11})$/.exec(url.pathname)?.[1];
  if (!id) return null;
  const video = videoById(id);
  return {
    id,
    title: video.title,
    durationSeconds: video.durationSeconds,
    chapters: video.chapters,
    mediaUrl: video.mediaUrl,
    player: url.searchParams.get('imitation-player') === 'desktop' ? 'desktop' : 'new',
    start: Number(url.searchParams.get('start')) || 0,
  };
}

export function renderEmbed(data: EmbedData, nonce: string): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${data.title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)} - YouTube</title>
<style nonce="${nonce}">
html,body{margin:0;height:100%;background:#000;overflow:hidden;font-family:Roboto,Arial,sans-serif}
#movie_player{position:relative;width:100%;height:100%}
.html5-video-container,video{width:100%;height:100%}
video{object-fit:contain;background:#000}
.ytmVideoInfoHost,.ytp-chrome-top{position:absolute;top:0;left:0;right:0;padding:8px 12px;background:linear-gradient(#000a,#0000)}
.ytmVideoInfoVideoTitle,.ytp-title-link{color:#fff;text-decoration:none;font-size:15px}
#player-control-container,.ytp-chrome-bottom{position:absolute;left:0;right:0;bottom:0;padding:8px 12px}
.ytPlayerProgressBarHost,.ytp-progress-bar{position:relative;height:16px;cursor:pointer}
.ytProgressBarLineHost,.ytp-chapters-container{position:absolute;left:0;right:0;top:6px;height:4px;display:flex;gap:2px}
.ytChapteredProgressBarChapteredPlayerBarChapter,.ytp-chapter-hover-container{height:4px;background:#fff5}
.played{position:absolute;left:0;top:6px;height:4px;background:#f00;pointer-events:none}
button{background:none;border:0;color:#fff;font-size:18px;cursor:pointer}
</style>
<script nonce="${nonce}">var ytEmbedData = ${json};</script>
</head>
<body>
<div id="player"></div>
<script nonce="${nonce}" src="${EMBED_SCRIPT}"></script>
</body>
</html>
`;
}
