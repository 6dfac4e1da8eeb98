/** The panel follows YouTube's light and dark theme (html[dark]), and screenshots of both are kept. */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { chapterAt, markedMoment, momentName, panel, showKeyMoments } from './harness/panel';
import { saveScreenshot } from './harness/screenshots';
import { openWatch, pauseVideo, seekVideo, setDarkTheme } from './harness/youtube-page';

const LESSON = 'aircAruvnKk';

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await openWatch(page, LESSON);
  await pauseVideo(page);
  await seekVideo(page, 170);
  await showKeyMoments(page);
});
afterAll(async () => browser?.close());

function panelColours() {
  return panel(page).evaluate((landmark) => {
    const style = getComputedStyle(landmark);
    return { background: style.backgroundColor, text: style.color };
  });
}

it('changes its colours with YouTube\'s theme, both ways', async () => {
  await setDarkTheme(page, false);
  const light = await panelColours();
  await setDarkTheme(page, true);
  await expect.poll(panelColours).not.toEqual(light);
  const dark = await panelColours();
  expect(dark.background).not.toBe(light.background);
  expect(dark.text).not.toBe(light.text);
  await setDarkTheme(page, false);
  await expect.poll(panelColours).toEqual(light);
});

it('is pictured in the light and the dark theme', async () => {
  await setDarkTheme(page, false);
  await expect.poll(() => markedMoment(page)).toBe(momentName(chapterAt(LESSON, 2)));
  const lightColours = await panelColours();
  const light = await saveScreenshot(page, 'watch-light');
  await setDarkTheme(page, true);
  await expect.poll(panelColours).not.toEqual(lightColours);
  const dark = await saveScreenshot(page, 'watch-dark');
  for (const path of [...light, ...dark]) expect(existsSync(path)).toBe(true);
});
