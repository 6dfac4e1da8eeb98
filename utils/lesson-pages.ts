/**
 * The series' own lesson pages on www.3blue1brown.com (`/lessons/<slug>`), where the text of each lesson sits
 * beside its embedded video, and the embed frame (`https://www.youtube.com/embed/ID`) that plays it there.
 * Pure: the tiny content script of that site and the background both ask these, so they never disagree.
 *
 * Which video a lesson page shows: its slug, as the site names its nine lessons of the series (3b1b/3Blue1Brown.com,
 * app/pages/lessons/<year>/<slug>/index.mdx, frontmatter `video:`), known before the learner presses play. A page
 * whose slug is not one of them but whose JSON-LD names the embed of a series video (`embedUrl`, as Lesson.tsx
 * writes it) counts too, so a renamed lesson is still found. Nothing else of the site is a lesson page.
 */
import { isSeriesVideoId, type SeriesVideoId } from './series-ids';
import { parseYouTubeUrl } from './youtube-url';

export const LESSON_SITE_HOST = 'www.3blue1brown.com';
export const EMBED_HOST = 'www.youtube.com';

/** The site's slug of each series video (the site's URL is `/lessons/<slug>`). */
export const LESSON_SLUGS: Readonly<Record<string, SeriesVideoId>> = {
  'neural-networks': 'aircAruvnKk',
  'gradient-descent': 'IHZwWFHWa-w',
  backpropagation: 'Ilg3gGewQ5U',
  'backpropagation-calculus': 'tIeHLnjs5U8',
  'mini-llm': 'LPZh9BOjkQs',
  gpt: 'wjZofJX0v4M',
  attention: 'eMlx5fFNoYc',
  mlp: '9-Jl0dxWQs8',
  'diffusion-models': 'iv-5mZ_9CPY',
};

const LESSON_PATH = /^\/lessons\/([a-z0-9-]+)\/?$/;

function toUrl(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

/** The slug of a lesson page address on the site (any lesson, of the series or not), or null. */
export function lessonSlugOf(href: string): string | null {
  const url = toUrl(href);
  if (!url || url.protocol !== 'https:' || url.hostname !== LESSON_SITE_HOST) return null;
  return LESSON_PATH.exec(url.pathname)?.[1] ?? null;
}

/** The series video the page's JSON-LD blocks name as their `embedUrl` (the first one), or null. */
export function seriesVideoInJsonLd(blocks: readonly string[]): SeriesVideoId | null {
  for (const text of blocks) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item !== 'object' || item === null) continue;
      const embedUrl = (item as Record<string, unknown>).embedUrl;
      if (typeof embedUrl !== 'string') continue;
      const id = seriesVideoOfEmbed(embedUrl);
      if (id) return id;
    }
  }
  return null;
}

/**
 * The series video a page of the site is the lesson of, or null for every other page. `jsonLd`: the text of the
 * page's `<script type="application/ld+json">` blocks, read only when the slug is not one of the nine (a page in
 * the middle of a client-side navigation may still hold the previous lesson's).
 */
export function lessonVideoOnPage(href: string, jsonLd: readonly string[] = []): SeriesVideoId | null {
  const slug = lessonSlugOf(href);
  if (slug === null) return null;
  return LESSON_SLUGS[slug] ?? seriesVideoInJsonLd(jsonLd);
}

/** The lesson page of a series video, or null when the site has none for it. */
export function lessonPageUrl(videoId: string): string | null {
  const slug = Object.keys(LESSON_SLUGS).find((key) => LESSON_SLUGS[key] === videoId);
  return slug === undefined ? null : `https://${LESSON_SITE_HOST}/lessons/${slug}`;
}

/** A series video's embed frame on www.youtube.com (`/embed/ID?…`), as the lesson pages load it; null otherwise. */
export function seriesVideoOfEmbed(href: string): SeriesVideoId | null {
  const url = toUrl(href);
  if (!url || url.protocol !== 'https:' || url.hostname !== EMBED_HOST) return null;
  const ref = parseYouTubeUrl(url);
  if (!ref || ref.kind !== 'embed' || !url.pathname.startsWith('/embed/')) return null;
  return isSeriesVideoId(ref.videoId) ? ref.videoId : null;
}

/** Is this the address of a page of the lesson site (where Margin's frame-0 requests for lesson pages come from)? */
export function isLessonSitePage(href: string | undefined): boolean {
  return href !== undefined && lessonSlugOf(href) !== null;
}
