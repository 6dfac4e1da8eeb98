/**
 * The imitation of www.3blue1brown.com's lesson pages (3b1b/3Blue1Brown.com at f19fd67f: app/pages/lessons/Lesson.tsx,
 * app/components/YouTube.tsx; ../shared/research/real-youtube-2026.md §3), served by the same HTTPS server as the
 * YouTube imitation under the site's own name. A lesson page: the JSON-LD VideoObject naming the embed, the lesson
 * header with its two-column grid (the video, the lesson's details; one column under 768 px), the "Play video"
 * thumbnail button, the lesson's text below. The page script (client.ts) swaps the button for `<youtube-video>`.
 * Also a home page and an about page (not lessons), and a lesson of the site that has no video of the series.
 */
import { SERIES_VIDEOS } from '../videos';

export const SITE_HOST = 'www.3blue1brown.com';
export const SITE_SCRIPT = '/assets/imitation-site.js';

/** The site's slugs of the series (its app/pages/lessons/<year>/<slug>), by video id. */
export const SITE_SLUGS: Record<string, string> = {
  aircAruvnKk: 'neural-networks',
  'IHZwWFHWa-w': 'gradient-descent',
  Ilg3gGewQ5U: 'backpropagation',
  tIeHLnjs5U8: 'backpropagation-calculus',
  LPZh9BOjkQs: 'mini-llm',
  wjZofJX0v4M: 'gpt',
  eMlx5fFNoYc: 'attention',
  '9-Jl0dxWQs8': 'mlp',
  'iv-5mZ_9CPY': 'diffusion-models',
};

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLES = `
*{box-sizing:border-box}
body{margin:0;font:18px/1.6 Georgia,serif;color:#222;background:#fff}
html.dark body{background:#111;color:#eee}
header.site{display:flex;gap:24px;align-items:center;padding:12px 24px;border-bottom:1px solid #ddd;font-family:sans-serif}
header.site a{color:inherit}
main section{display:flex;flex-direction:column;gap:32px;padding:48px 24px}
.width-lg{max-width:1200px;margin:0 auto;width:100%}
.lesson-header{align-items:center;background:rgba(88,196,221,.15)}
hgroup{display:flex;flex-direction:column;align-items:center;gap:16px;font-family:sans-serif;text-align:center}
hgroup h1{margin:0;font-size:40px}
.grid-2{display:grid;grid-template-columns:1fr 1fr;gap:48px;width:100%}
@media (max-width:767px){.grid-2{grid-template-columns:1fr;gap:32px}}
.video-box{position:relative;display:grid;aspect-ratio:16/9;width:100%;min-width:0;place-items:center;background:#fff;border:0;padding:0;cursor:pointer}
.video-box img{width:100%;height:100%;object-fit:cover}
.video-box .play{position:absolute;display:grid;width:80px;height:80px;place-items:center;border-radius:50%;background:#fff;font-size:32px}
youtube-video{display:block}
.details{display:flex;flex-direction:column;align-items:flex-start;gap:32px;min-width:0}
.lesson-text{max-width:760px;margin:0 auto}
`;

function page(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLES}</style>
${head}
</head>
<body>
<header class="site"><a href="/">3Blue1Brown</a><a href="/about">About</a></header>
<main>${body}</main>
<script src="${SITE_SCRIPT}"></script>
</body>
</html>
`;
}

function lessonPage(videoId: string, order: number): string {
  const video = SERIES_VIDEOS.find((v) => v.id === videoId)!;
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: video.title,
    description: `Lesson ${order} of the series`,
    thumbnailUrl: `https://img.youtube.com/vi/${videoId}/maxresdefault.jpg`,
    uploadDate: '2017-10-05T00:00:00.000Z',
    embedUrl: `https://www.youtube.com/embed/${videoId}`,
  });
  const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Part ${i + 1} of the lesson's text, which the learner reads beside the video.</p>`).join('');
  return page(
    video.title,
    `<section class="lesson-header width-lg">
<hgroup><div class="chapter">Chapter ${order}</div><h1>${escape(video.title)}</h1></hgroup>
<div class="grid-2">
<button class="video-box" aria-label="Play video" data-video="${videoId}"><img src="https://img.youtube.com/vi/${videoId}/maxresdefault.jpg" alt="" decoding="async"><div class="play">▶</div></button>
<div class="details"><p>What the lesson is about, in a sentence or two.</p><div>October 5, 2017</div><div>Lesson by Grant Sanderson</div></div>
</div>
</section>
<section class="lesson-text"><h2>The lesson</h2>${paragraphs}</section>`,
    `<script type="application/ld+json">${jsonLd.replace(/</g, '\\u003c')}</script>`,
  );
}

/** The page at `path` of the lesson site, or null (404). */
export function lessonSitePage(path: string): string | null {
  if (path === '/') {
    const links = Object.entries(SITE_SLUGS)
      .map(([, slug]) => `<li><a href="/lessons/${slug}">${slug}</a></li>`)
      .join('');
    return page('3Blue1Brown', `<section class="width-lg"><h1>Lessons</h1><ul>${links}</ul></section>`);
  }
  if (path === '/about') return page('About', '<section class="width-lg"><h1>About</h1><p>Animated math.</p></section>');
  const lesson = /^\/lessons\/([a-z0-9-]+)\/?$/.exec(path);
  if (!lesson) return null;
  const slug = lesson[1];
  const videoId = Object.keys(SITE_SLUGS).find((id) => SITE_SLUGS[id] === slug);
  if (videoId) return lessonPage(videoId, SERIES_VIDEOS.findIndex((v) => v.id === videoId) + 1);
  if (slug === 'neural-network-analysis') {
    // A lesson of the site with no video (Lesson.tsx shows its image instead): no JSON-LD VideoObject either.
    return page('Analyzing our neural network', '<section class="lesson-header width-lg"><h1>Analyzing our neural network</h1><p>A lesson without a video.</p></section>');
  }
  return null;
}

/** The thumbnail img.youtube.com would serve: a drawn card with the video's id. */
export function thumbnailSvg(videoId: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720"><rect width="1280" height="720" fill="#1c1c1c"/><circle cx="640" cy="360" r="200" fill="#3b6e8f"/><text x="640" y="680" fill="#ddd" font-family="sans-serif" font-size="40" text-anchor="middle">${escape(videoId)}</text></svg>`;
}
