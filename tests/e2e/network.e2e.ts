/**
 * Margin makes no network request of its own. Everything the browser asks for during a learner's session
 * (the panel, all three tabs, a note saved, a move to the next lesson) goes to YouTube (here, its imitation)
 * or stays inside the extension.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { panel } from './harness/panel';
import { openWatch, spaNavigate } from './harness/youtube-page';

let browser: MarginBrowser;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  browser.context.on('request', (request) => requested.push(request.url()));
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

it('asks no server but YouTube for anything while the learner studies', async () => {
  await openWatch(page, 'aircAruvnKk');
  for (const tab of ['Glossary', 'Notes', 'Key moments']) await panel(page).getByRole('tab', { name: tab }).click();
  await panel(page).getByRole('tab', { name: 'Notes' }).click();
  await panel(page).getByRole('button', { name: /^Add note at/ }).click();
  await page.keyboard.type('network check');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => panel(page).locator('.note-text').allTextContents()).toEqual(['network check']);
  await spaNavigate(page, '/watch?v=IHZwWFHWa-w');
  await expect.poll(() => panel(page).locator('.position').textContent()).toBe('Chapter 2 of 9');

  const elsewhere = requested.filter((url) => {
    const { protocol, host } = new URL(url);
    return !(host === 'www.youtube.com' || ['chrome-extension:', 'data:', 'blob:'].includes(protocol));
  });
  expect(requested.length).toBeGreaterThan(0);
  expect(elsewhere).toEqual([]);
});
