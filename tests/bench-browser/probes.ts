/**
 * In-page probes: how many frames pass between a start (an event, a keystroke) and the moment a condition holds
 * on screen. A condition seen true at a frame's requestAnimationFrame callback is painted in that frame, so the
 * count is "frames until painted". Expressions are built here and evaluated through the DevTools protocol (which
 * the page's CSP does not govern); predicates read the page's DOM, and Margin's roots through `shadowRoot`,
 * which the test harness opens (tests/e2e/harness) when the build keeps them closed.
 */
import type { Page } from 'playwright-core';

export interface FrameCount {
  frames: number;
  ms: number;
}

/** How long a probe waits before giving up: 10 s of frames. */
const FRAME_LIMIT = 600;

/**
 * `predicate`: a JavaScript expression true once the change is painted. `start`: statements run in the page that
 * must call `begin()` at the instant counting starts (and trigger the change).
 */
export async function framesUntil(page: Page, predicate: string, start: string): Promise<FrameCount> {
  const expression = `new Promise((resolve) => {
    const holds = () => { try { return Boolean(${predicate}); } catch { return false; } };
    const begin = () => {
      const t0 = performance.now();
      let frames = 0;
      const tick = () => {
        frames += 1;
        if (holds()) resolve({ frames, ms: performance.now() - t0 });
        else if (frames >= ${FRAME_LIMIT}) resolve({ frames: Number.POSITIVE_INFINITY, ms: performance.now() - t0 });
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    };
    ${start}
  })`;
  const result = (await page.evaluate(expression)) as FrameCount | { frames: null; ms: number };
  return { frames: result.frames ?? Number.POSITIVE_INFINITY, ms: result.ms };
}

/** An expression for Margin's panel root in the page (null when the panel is absent or its root unreadable). */
export const PANEL_ROOT = `document.querySelector('margin-panel')?.shadowRoot`;

/** True once the panel's header shows `title`. */
export const panelTitleIs = (title: string): string => `${PANEL_ROOT}?.querySelector('.title')?.textContent === ${JSON.stringify(title)}`;

/** True once YouTube's own watch title shows `title` (the imitation's title element). */
export const youtubeTitleIs = (title: string): string =>
  `[...document.querySelectorAll('ytd-watch-metadata h1, #title h1')].some((h) => h.textContent.trim() === ${JSON.stringify(title)})`;

/**
 * Installs, before any page script, a recorder of the first frame at which `#secondary` exists and the first
 * frame at which `predicate` holds after it (a fresh load's "side column there → panel painted").
 */
export async function recordFreshLoad(page: Page, predicate: string): Promise<void> {
  await page.addInitScript(`(() => {
    const holds = () => { try { return Boolean(${predicate}); } catch { return false; } };
    let t0 = null;
    let frames = 0;
    window.__marginBenchLoad = new Promise((resolve) => {
      const tick = () => {
        if (t0 === null && document.querySelector('#secondary')) t0 = performance.now();
        if (t0 !== null) {
          frames += 1;
          if (holds()) return resolve({ frames, ms: performance.now() - t0 });
        }
        if (frames > 600) return resolve({ frames: null, ms: 0 });
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  })()`);
}

export async function freshLoadResult(page: Page): Promise<FrameCount> {
  const result = (await page.evaluate('window.__marginBenchLoad')) as { frames: number | null; ms: number };
  return { frames: result.frames ?? Number.POSITIVE_INFINITY, ms: result.ms };
}

/** Resolves once `predicate` holds (checked every frame, for at most 10 s). The page's CSP forbids eval, so no waitForFunction. */
export async function waitUntil(page: Page, predicate: string): Promise<void> {
  const result = await framesUntil(page, predicate, 'begin();');
  if (!Number.isFinite(result.frames)) throw new Error(`still not true after 10 s: ${predicate}`);
}

/**
 * Frames from a key pressed by `press` (the keydown reaching the page) until `predicate` holds. The listener is
 * in place before the key is sent; a key that never arrives counts as never painted after 15 s, not as a hang.
 */
export async function framesAfterKey(page: Page, predicate: string, press: () => Promise<void>): Promise<FrameCount> {
  await page.evaluate(`void (window.__marginBenchKey = new Promise((resolve) => {
    const holds = () => { try { return Boolean(${predicate}); } catch { return false; } };
    const giveUp = setTimeout(() => resolve({ frames: null, ms: 15000 }), 15000);
    document.addEventListener('keydown', () => {
      clearTimeout(giveUp);
      const t0 = performance.now();
      let frames = 0;
      const tick = () => {
        frames += 1;
        if (holds()) resolve({ frames, ms: performance.now() - t0 });
        else if (frames >= ${FRAME_LIMIT}) resolve({ frames: null, ms: performance.now() - t0 });
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, { once: true, capture: true });
  }))`);
  await press();
  const result = (await page.evaluate('window.__marginBenchKey')) as { frames: number | null; ms: number };
  return { frames: result.frames ?? Number.POSITIVE_INFINITY, ms: result.ms };
}
