/**
 * What the panel needs of a lesson page of www.3blue1brown.com (the site's app/components/YouTube.tsx): first a
 * thumbnail button "Play video"; after a click, in its place, `<youtube-video src="https://www.youtube.com/watch?v=ID…">`
 * whose open shadow root holds the iframe of `https://www.youtube.com/embed/ID?…`. Both sit in the lesson header's
 * two-column grid, the lesson's details in the other column (one column on narrow screens, details below).
 */
import { parseYouTubeUrl } from '@/utils/youtube-url';
import { sendRequest } from '@/utils/messaging';
import { besideEachOther } from '@/utils/panel-slot';

const FACADE = 'button[aria-label="Play video"]';
const EMBED_TAG = 'youtube-video';

/** The page's "Play video" thumbnail of this video (its image is the video's thumbnail). */
export function facadeOf(doc: Document, videoId: string): HTMLElement | null {
  for (const button of doc.querySelectorAll<HTMLElement>(FACADE)) {
    const image = button.querySelector('img')?.getAttribute('src') ?? '';
    if (image.includes(`/vi/${videoId}/`)) return button;
  }
  return null;
}

/** The page's `<youtube-video>` of this video. */
export function embedOf(doc: Document, videoId: string): HTMLElement | null {
  for (const element of doc.querySelectorAll<HTMLElement>(EMBED_TAG)) {
    if (parseYouTubeUrl(element.getAttribute('src') ?? '')?.videoId === videoId) return element;
  }
  return null;
}

/** The video's place on the page: the embed once play was pressed, the thumbnail before. */
export function videoBoxOf(doc: Document, videoId: string): HTMLElement | null {
  return embedOf(doc, videoId) ?? facadeOf(doc, videoId);
}

/**
 * Keeps `host` at the top of the column beside the video (the lesson's details), which the page's own layout
 * puts beside the video on wide screens and below it on narrow ones; after the video when there is no such
 * column. Puts it back if the page's re-render drops it. Tells the host which it is (`data-slot`).
 */
export function keepBesideVideo(doc: Document, videoId: string, host: HTMLElement, signal: AbortSignal): void {
  const place = () => {
    const box = videoBoxOf(doc, videoId);
    if (!box) return;
    const column = box.nextElementSibling;
    if (column && column !== host) {
      if (column.firstElementChild !== host) column.prepend(host);
    } else if (box.nextElementSibling !== host) {
      box.after(host);
    }
    const beside = besideEachOther(box.getBoundingClientRect(), host.getBoundingClientRect());
    host.setAttribute('data-slot', beside ? 'side' : 'below');
  };
  const observer = new MutationObserver(() => {
    const box = videoBoxOf(doc, videoId);
    if (!host.isConnected || (box && box.nextElementSibling !== host && box.nextElementSibling?.firstElementChild !== host)) place();
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  doc.defaultView?.addEventListener('resize', place, { signal });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  place();
}

/**
 * Once the page shows the embed (after play), asks the background to run the lesson clock in its frame: when its
 * iframe appears, and again each time that iframe loads a document (the clock goes with the old one).
 */
export function attachToEmbed(doc: Document, videoId: string, signal: AbortSignal, onEmbed: () => void): void {
  const seen = new WeakSet<HTMLIFrameElement>();
  const observedRoots = new WeakSet<ShadowRoot>();
  const attach = () => {
    if (!signal.aborted) sendRequest('lesson/attach-embed', {}).catch(() => undefined);
  };
  const inner = new MutationObserver(() => look());
  const look = () => {
    const element = embedOf(doc, videoId);
    if (!element) return;
    onEmbed();
    const root = element.shadowRoot;
    if (!root) return;
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      inner.observe(root, { childList: true, subtree: true });
    }
    const frame = root.querySelector('iframe');
    if (!frame || seen.has(frame)) return;
    seen.add(frame);
    frame.addEventListener('load', attach, { signal });
    attach();
  };
  const outer = new MutationObserver(look);
  outer.observe(doc.body, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      outer.disconnect();
      inner.disconnect();
    },
    { once: true },
  );
  look();
}

/** Follows the site's light and dark theme (`dark` class on <html>). */
export function followSiteTheme(doc: Document, host: Element, signal: AbortSignal): void {
  const apply = () => host.setAttribute('data-theme', doc.documentElement.classList.contains('dark') ? 'dark' : 'light');
  const observer = new MutationObserver(apply);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['class'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  apply();
}
