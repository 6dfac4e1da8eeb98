/**
 * Driving the imitated m.youtube.com like a phone: a phone-sized screen with touch (through the DevTools protocol,
 * since a persistent extension context takes no per-page device options), taps as touch events, the site's own
 * navigation (`state-navigateend` on window).
 */
import type { CDPSession, Locator, Page } from 'playwright-core';

export const MOBILE_ORIGIN = 'https://m.youtube.com';
/** A common phone (CSS px): 390 × 844 at 3× (iPhone 12–15; many Android phones are 393 × 873). */
export const PHONE = { width: 390, height: 844, deviceScaleFactor: 3 };

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** Makes `page` a phone: its size, a mobile viewport, a touch screen (pointer: coarse). */
export async function emulatePhone(page: Page, size: { width: number; height: number; deviceScaleFactor: number } = PHONE): Promise<void> {
  const session = await cdp(page);
  await page.setViewportSize({ width: size.width, height: size.height });
  await session.send('Emulation.setDeviceMetricsOverride', { ...size, mobile: true, screenOrientation: { type: 'portraitPrimary', angle: 0 } });
  // Touch input comes from tap() (touch events); Playwright's own clicks stay mouse clicks.
  await session.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
}

/** A tap with one finger at viewport point (x, y): touchstart, touchend, and the pointer and click events they make. */
export async function tap(page: Page, x: number, y: number): Promise<void> {
  const session = await cdp(page);
  const point = { x, y, radiusX: 4, radiusY: 4, force: 1, id: 0 };
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Taps the middle of the first element `selector` finds in the page (not inside shadow roots). */
export async function tapElement(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`nothing to tap at ${selector}`);
  await tap(page, box.x + box.width / 2, box.y + box.height / 2);
}

/** Taps the middle of what `locator` finds (it may be inside an open shadow root), once it is visible. */
export async function tapLocator(page: Page, locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('nothing to tap');
  await tap(page, box.x + box.width / 2, box.y + box.height / 2);
}

/** A full load of an m.youtube.com address, waiting until the app has booted and navigated. */
export async function openMobilePage(page: Page, path: string): Promise<void> {
  await page.goto(MOBILE_ORIGIN + path);
  await page.waitForFunction(() => window.__ytm?.events.some((event) => event.type === 'state-navigateend') ?? false);
}

/** Opens a watch page on the phone site and waits until its video plays. */
export async function openMobileWatch(page: Page, videoId: string, query = ''): Promise<void> {
  await openMobilePage(page, `/watch?v=${videoId}${query}`);
  await page.evaluate(() => window.__ytm!.whenPlaying());
}

/** The phone site's own navigation to `path` (as a tap on one of its links), until `state-navigateend`. */
export async function mobileNavigate(page: Page, path: string): Promise<void> {
  await page.evaluate((url) => window.__ytm!.navigate(url), path);
}

export async function setMobileDarkTheme(page: Page, dark: boolean): Promise<void> {
  await page.evaluate((on) => window.__ytm!.setDarkTheme(on), dark);
}

/** Shows the player's controls, as a tap on the player does (they fade 3 s later while the video plays). */
export async function showMobileControls(page: Page): Promise<void> {
  await page.evaluate(() => window.__ytm!.showControls());
}

export interface Target {
  /** What it is: tag, role or class, and its text. */
  what: string;
  width: number;
  height: number;
}

/**
 * Every target a finger can press in Margin's panel as laid out now (buttons, tabs, links outside running text,
 * fields, the settings' labels around their checkboxes), with its size. Hidden ones are left out.
 */
export function panelTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const root = document.querySelector('margin-panel')?.shadowRoot;
    if (!root) throw new Error('the panel (with its root opened for tests) is not on the page');
    const selector = 'button, [role="tab"], a[href], input:not([type="checkbox"]), textarea, summary, .settings label';
    return [...root.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => !element.closest('.note-text') && !element.closest('.visually-hidden'))
      .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
      .map((element) => {
        const box = element.getBoundingClientRect();
        const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
        return { what: `${element.localName}${element.className ? `.${element.className}` : ''} "${text}"`, width: box.width, height: box.height };
      });
  });
}
