/**
 * Reaching the imitated YouTube tab and Margin's panel in Firefox over WebDriver BiDi. Nothing here depends on
 * the panel's shadow root being open: BiDi hands the test every element's shadow root, open or closed (its node
 * serialization includes it), and the test then queries inside it and clicks or types with trusted input at
 * the element, as a person would. The page's own scripts get no such access.
 */
import type { ElementHandle, JSHandle, Page } from 'puppeteer-core';
import type { ShortcutRecord } from '../youtube/page-data';

export const ORIGIN = 'https://www.youtube.com';
export const PANEL_TAG = 'margin-panel';

/** A full load of a watch page; resolves once the app navigated and the video plays. */
export async function openWatch(page: Page, videoId: string): Promise<void> {
  await page.goto(`${ORIGIN}/watch?v=${videoId}`);
  await page.waitForFunction(() => window.__yt?.events.some((event) => event.type === 'yt-navigate-finish') ?? false);
  await page.evaluate(() => window.__yt!.whenPlaying());
}

interface BidiNodeValue {
  type: 'node';
  sharedId: string;
  value?: { shadowRoot?: BidiNodeValue | null };
}
/** What puppeteer-core's BiDi element handles offer beyond the public API (24.x): the node as BiDi sent it. */
interface BidiElementHandle extends ElementHandle<Element> {
  remoteValue(): BidiNodeValue;
  realm: unknown;
  constructor: { from(value: BidiNodeValue, realm: unknown): ElementHandle<Node> };
}

/** The shadow root of `host`, open or closed, as a handle in the page's realm. */
export function shadowRootOf(host: ElementHandle<Element>): JSHandle<ShadowRoot> {
  const bidi = host as BidiElementHandle;
  const root = bidi.remoteValue().value?.shadowRoot;
  if (!root) throw new Error('the element has no shadow root');
  return bidi.constructor.from(root, bidi.realm) as unknown as JSHandle<ShadowRoot>;
}

/** The panel's shadow root, once the panel shows its "Margin" landmark. */
export async function panelRoot(page: Page): Promise<JSHandle<ShadowRoot>> {
  const host = await page.waitForSelector(PANEL_TAG);
  if (!host) throw new Error('no panel');
  const root = shadowRootOf(host);
  await page.waitForFunction((r: ShadowRoot) => r.querySelector('aside[aria-label="Margin"]') !== null, {}, root);
  return root;
}

/** The element's accessible name as Margin's markup gives it (aria-label, else its text). */
export type Name = string | RegExp;

/**
 * Waits for the first element matching `selector` inside `root` whose name (aria-label, else text) is `name`
 * (a string matches whole, a RegExp anywhere), and returns it.
 */
export async function findIn(page: Page, root: JSHandle<ShadowRoot>, selector: string, name: Name): Promise<ElementHandle<HTMLElement>> {
  const pattern = typeof name === 'string' ? { source: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' } : { source: name.source, flags: name.flags };
  const handle = await page.waitForFunction(
    (r: ShadowRoot, css: string, source: string, flags: string) => {
      const re = new RegExp(source, flags);
      return [...r.querySelectorAll<HTMLElement>(css)].find((el) => re.test((el.getAttribute('aria-label') ?? el.textContent ?? '').trim())) ?? false;
    },
    {},
    root,
    selector,
    pattern.source,
    pattern.flags,
  );
  return handle as ElementHandle<HTMLElement>;
}

export function recordedShortcuts(page: Page): Promise<ShortcutRecord[]> {
  return page.evaluate(() => window.__yt!.shortcuts.slice());
}

export async function clearShortcuts(page: Page): Promise<void> {
  await page.evaluate(() => void window.__yt!.shortcuts.splice(0));
}

export function videoTime(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime);
}

export async function pauseAt(page: Page, seconds: number): Promise<void> {
  await page.evaluate(
    (t) =>
      new Promise<void>((resolve) => {
        const video = document.querySelector<HTMLVideoElement>('#movie_player video')!;
        video.pause();
        video.addEventListener('seeked', () => resolve(), { once: true });
        video.currentTime = t;
      }),
    seconds,
  );
}
