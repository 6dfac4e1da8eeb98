/**
 * Driving the imitated YouTube tab the way a person (or YouTube itself) would: open a page, wait for the app to
 * finish navigating, follow links without reloading, read and move the player. Reads go through the page's
 * main world (`window.__yt`, the <video>), where the page's own code lives.
 */
import type { Page } from 'playwright-core';
import type { ShortcutRecord } from '../youtube/page-data';

export const ORIGIN = 'https://www.youtube.com';

export interface VideoState {
  currentTime: number;
  paused: boolean;
  src: string | null;
  duration: number;
  adShowing: boolean;
}

/** Resolves when the app has finished its next navigation (`yt-navigate-finish`), with the page's address. */
function nextNavigationFinish(page: Page): Promise<string> {
  return page.evaluate(
    () => new Promise<string>((resolve) => document.addEventListener('yt-navigate-finish', () => resolve(location.href), { once: true })),
  );
}

/** A full page load of `path`, waiting until the app has booted and navigated. */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(ORIGIN + path);
  await page.waitForFunction(() => window.__yt?.events.some((event) => event.type === 'yt-navigate-finish') ?? false);
}

/** Opens a watch page and waits until its video plays. */
export async function openWatch(page: Page, videoId: string, query = ''): Promise<void> {
  await openPage(page, `/watch?v=${videoId}${query}`);
  await page.evaluate(() => window.__yt!.whenPlaying());
}

/** Single-page navigation the way extensions ask for it: `yt-navigate` on <ytd-app>. */
export async function spaNavigate(page: Page, path: string): Promise<void> {
  await page.evaluate((url) => window.__yt!.navigate(url), path);
}

/** Clicks a link of the page (`a.yt-simple-endpoint`) and waits for YouTube's navigation to finish. */
export async function clickAndNavigate(page: Page, selector: string): Promise<string> {
  const finished = nextNavigationFinish(page);
  await page.locator(selector).first().click();
  return finished;
}

export function relatedLink(videoId: string): string {
  return `#related a#video-title-link[href="/watch?v=${videoId}"]`;
}

/** Browser back, waiting for the app to finish rendering the previous page. */
export async function goBack(page: Page): Promise<string> {
  const finished = nextNavigationFinish(page);
  await page.evaluate(() => history.back());
  return finished;
}

export function videoState(page: Page): Promise<VideoState> {
  return page.evaluate(() => {
    const video = document.querySelector<HTMLVideoElement>('#movie_player video');
    if (!video) throw new Error('no video in #movie_player');
    return {
      currentTime: video.currentTime,
      paused: video.paused,
      src: video.getAttribute('src'),
      duration: video.duration,
      adShowing: document.querySelector('#movie_player')?.classList.contains('ad-showing') ?? false,
    };
  });
}

/** Moves the page's video to `seconds`, as the progress bar or YouTube's code would, and waits until it is there. */
export async function seekVideo(page: Page, seconds: number): Promise<void> {
  await page.evaluate(
    (t) =>
      new Promise<void>((resolve) => {
        const video = document.querySelector<HTMLVideoElement>('#movie_player video')!;
        video.addEventListener('seeked', () => resolve(), { once: true });
        video.currentTime = t;
      }),
    seconds,
  );
}

export async function pauseVideo(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
}

export function recordedShortcuts(page: Page): Promise<ShortcutRecord[]> {
  return page.evaluate(() => window.__yt!.shortcuts.slice());
}

export async function clearShortcuts(page: Page): Promise<void> {
  await page.evaluate(() => window.__yt!.shortcuts.splice(0));
}

export async function setDarkTheme(page: Page, dark: boolean): Promise<void> {
  await page.evaluate((on) => window.__yt!.setDarkTheme(on), dark);
}

export async function setTheater(page: Page, on: boolean): Promise<void> {
  await page.evaluate((value) => window.__yt!.setTheater(value), on);
}
