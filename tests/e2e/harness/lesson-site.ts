/**
 * Driving a lesson page of the imitated www.3blue1brown.com and the YouTube embed inside it: open a page, press
 * the page's own "Play video", read and move the embed's <video> in its frame (the page's own world there).
 */
import type { Frame, Page } from 'playwright-core';

export const SITE = 'https://www.3blue1brown.com';

export async function openLesson(page: Page, slug: string, query = ''): Promise<void> {
  await page.goto(`${SITE}/lessons/${slug}${query}`);
}

/** The frame of the YouTube embed on the page (once play was pressed), waiting for it to exist. */
export async function embedFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith('https://www.youtube.com/embed/'));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('the lesson page shows no YouTube embed');
    await page.waitForTimeout(100);
  }
}

export interface EmbedVideo {
  t: number;
  paused: boolean;
}

export function embedVideo(frame: Frame): Promise<EmbedVideo> {
  return frame.evaluate(() => {
    const video = document.querySelector<HTMLVideoElement>('#movie_player video');
    if (!video) throw new Error('no video in the embed');
    return { t: video.currentTime, paused: video.paused };
  });
}

/** Presses the page's "Play video" as the learner does, and waits until the embed plays. */
export async function pressPlay(page: Page): Promise<Frame> {
  await page.getByRole('button', { name: 'Play video' }).click();
  const frame = await embedFrame(page);
  await frame.waitForFunction(() => {
    const video = document.querySelector<HTMLVideoElement>('#movie_player video');
    return video !== null && !video.paused && video.currentTime > 0;
  });
  return frame;
}

/** Moves the embed's video to `seconds` as its own bar would, and waits until it is there. */
export async function seekEmbed(frame: Frame, seconds: number): Promise<void> {
  await frame.evaluate(
    (t) =>
      new Promise<void>((resolve) => {
        const video = document.querySelector<HTMLVideoElement>('#movie_player video')!;
        video.addEventListener('seeked', () => resolve(), { once: true });
        video.currentTime = t;
      }),
    seconds,
  );
}

export async function pauseEmbed(frame: Frame): Promise<void> {
  await frame.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
}
