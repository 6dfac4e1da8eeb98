/**
 * Reads a YouTube address into the video it shows. Pure: takes a string or URL, touches no browser state,
 * so every shape YouTube uses can be checked in a table (tests/youtube-url.test.ts).
 */

/** How the address shows the video: a watch page, a short, an embed, a live page or a youtu.be short link. */
export type YouTubePageKind = 'watch' | 'shorts' | 'embed' | 'live' | 'short-link';

export interface YouTubeVideoRef {
  videoId: string;
  kind: YouTubePageKind;
  /** Where the address asks playback to start (`t=1m30s`, `start=90`), in whole seconds. */
  startSeconds?: number;
  /** The playlist the video is opened from, if any. */
  listId?: string;
}

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
]);
const PATH_KINDS: Record<string, YouTubePageKind> = {
  shorts: 'shorts',
  embed: 'embed',
  live: 'live',
  v: 'embed',
};

export function isYouTubeVideoId(value: string): boolean {
  return VIDEO_ID.test(value);
}

/** `90`, `90s`, `1m30s`, `1h2m3s` → seconds; anything else → undefined. */
export function parseStartTime(value: string | null | undefined): number | undefined {
  if (value == null) return undefined;
  const text = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?s?$/.test(text)) return Math.floor(parseFloat(text));
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

function toUrl(input: string | URL): URL | null {
  if (input instanceof URL) return input;
  try {
    return new URL(input.trim());
  } catch {
    return null;
  }
}

export function parseYouTubeUrl(input: string | URL): YouTubeVideoRef | null {
  const url = toUrl(input);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);

  let videoId: string | undefined;
  let kind: YouTubePageKind;
  if (host === 'youtu.be' || host === 'www.youtu.be') {
    videoId = segments[0];
    kind = 'short-link';
  } else if (YOUTUBE_HOSTS.has(host)) {
    const [first, second] = segments;
    if (first === 'watch' && segments.length === 1) {
      videoId = url.searchParams.get('v') ?? undefined;
      kind = 'watch';
    } else if (first !== undefined && first in PATH_KINDS && second !== undefined) {
      videoId = second;
      kind = PATH_KINDS[first]!;
    } else {
      return null;
    }
  } else {
    return null;
  }
  if (!videoId || !isYouTubeVideoId(videoId)) return null;

  const ref: YouTubeVideoRef = { videoId, kind };
  const hashTime = new URLSearchParams(url.hash.slice(1)).get('t');
  const startSeconds = parseStartTime(url.searchParams.get('t') ?? url.searchParams.get('start') ?? hashTime);
  if (startSeconds !== undefined) ref.startSeconds = startSeconds;
  const listId = url.searchParams.get('list');
  if (listId) ref.listId = listId;
  return ref;
}
