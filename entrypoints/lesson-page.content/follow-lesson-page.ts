/**
 * Follows the site's client-side navigation (React Router: no reload between lessons) and reports "the lesson of
 * the series on screen changed" once per change: a series video id on its lesson page, null anywhere else.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lessonVideoOnPage } from '@/utils/lesson-pages';

function jsonLdBlocks(doc: Document): string[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? '');
}

export function followLessonPage(ctx: ContentScriptContext, onChange: (videoId: string | null) => void, win: Window = window): void {
  let current: string | null = null;
  let queued = false;
  const check = () => {
    queued = false;
    if (ctx.isInvalid) return;
    const next = lessonVideoOnPage(win.location.href, jsonLdBlocks(win.document));
    if (next === current) return;
    current = next;
    onChange(next);
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(check);
  };
  ctx.addEventListener(win, 'wxt:locationchange', schedule);
  ctx.addEventListener(win, 'popstate', schedule);
  schedule();
}
