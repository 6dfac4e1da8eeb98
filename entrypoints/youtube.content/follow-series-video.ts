/**
 * Follows YouTube's single-page navigation and reports "the series video on screen changed" once per change:
 * a series video id on its watch page, or null anywhere else. YouTube never reloads between videos, so this
 * listens to its own navigation event, to WXT's location change, and to the player loading a new video,
 * and folds the signals of one task into one check of the address, made at the end of that task: no timer,
 * so the panel follows within the frame YouTube itself redraws in.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { seriesVideoOnPage } from '@/utils/series-page';

export function followSeriesVideo(
  ctx: ContentScriptContext,
  onChange: (videoId: string | null) => void,
  win: Window = window,
): void {
  let current: string | null = null;
  let queued = false;

  const check = () => {
    queued = false;
    if (ctx.isInvalid) return;
    const next = seriesVideoOnPage(win.location.href);
    if (next === current) return;
    current = next;
    onChange(next);
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(check);
  };

  ctx.addEventListener(win.document, 'yt-navigate-finish' as keyof DocumentEventMap, schedule);
  // YouTube's phone site (m.youtube.com) ends its navigation with this event on window instead.
  ctx.addEventListener(win, 'state-navigateend' as keyof WindowEventMap, schedule);
  ctx.addEventListener(win, 'wxt:locationchange', schedule);
  ctx.addEventListener(win, 'popstate', schedule);
  // A video swap inside the main player (autoplay, playlists). Media events do not bubble, so listen in the
  // capture phase; hover previews and the miniplayer also load videos, but the address decides, so they are ignored.
  ctx.addEventListener(
    win.document,
    'loadstart',
    (event: Event) => {
      if (event.target instanceof Element && event.target.closest('#movie_player')) schedule();
    },
    { capture: true },
  );
  // At document_idle YouTube's first navigation is already over: read the address now too.
  schedule();
}
