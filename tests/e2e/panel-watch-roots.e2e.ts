/**
 * The panel finds its place whichever watch page YouTube serves: the known roots (ytd-watch-flexy, -grid,
 * -fixie), a root Margin does not know (then it floats in the window's corner instead of staying silent), a
 * page whose two columns arrive late (beside the player in the end, after at most one move), and `/live/ID`
 * addresses (the panel and the popup agree that this is a series video).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { setImitationModes } from './harness/imitation-modes';
import { panelInsertions, recordPanelInsertions } from './harness/panel-moves';
import { chapterAt, keyMoment, markedMoment, momentName, panel, panelHost, panelPlacement, showKeyMoments } from './harness/panel';
import { saveScreenshot } from './harness/screenshots';
import { openPage, openWatch, pauseVideo, setDarkTheme } from './harness/youtube-page';

const LESSON = 'aircAruvnKk';

let browser: MarginBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());
afterEach(async () => setImitationModes(browser.context, []));

/** The page's watch root, and whether the panel's host sits right of the player, inside the window. */
function layoutFacts(page: Page) {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag);
    const player = document.querySelector('#movie_player');
    const root = document.querySelector('#page-manager > :not([hidden])');
    const box = host?.getBoundingClientRect();
    const playerBox = player?.getBoundingClientRect();
    return {
      root: root?.localName ?? null,
      besidePlayer: box !== undefined && playerBox !== undefined && box.width > 0 && box.left >= playerBox.right,
      slot: host?.getAttribute('data-slot') ?? null,
    };
  }, 'margin-panel');
}

describe('watch roots', () => {
  it.each([
    ['ytd-watch-grid', 'watch-grid'],
    ['ytd-watch-fixie', 'watch-fixie'],
  ] as const)('in %s the panel sits at the top of the side column, beside the player', async (root, mode) => {
    await setImitationModes(browser.context, [mode]);
    await openWatch(page, LESSON);
    await showKeyMoments(page);
    expect(await layoutFacts(page)).toEqual({ root, besidePlayer: true, slot: 'side' });
    expect(await panelPlacement(page)).toMatchObject({ count: 1, parent: 'secondary-inner', first: true });
    await expect(keyMoment(page, chapterAt(LESSON, 2)).isVisible()).resolves.toBe(true);
  });

  it('in ytd-watch-grid (no is-two-columns_ attribute) it still moves below in a narrow window and back', async () => {
    await setImitationModes(browser.context, ['watch-grid']);
    await openWatch(page, LESSON);
    await panelHost(page).waitFor();
    expect(await page.evaluate(() => document.querySelector('ytd-watch-grid')!.hasAttribute('is-two-columns_'))).toBe(false);
    await page.evaluate(() => document.querySelector<HTMLElement>('ytd-watch-grid #secondary')!.style.setProperty('display', 'none'));
    await page.setViewportSize({ width: 1279, height: 800 });
    await expect.poll(() => panelPlacement(page)).toMatchObject({ count: 1, parent: 'below' });
    await page.evaluate(() => document.querySelector<HTMLElement>('ytd-watch-grid #secondary')!.style.removeProperty('display'));
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => panelPlacement(page)).toMatchObject({ count: 1, parent: 'secondary-inner' });
  });

  it('on a page with no root Margin knows, it shows a "Margin" chip in the window that opens the panel', async () => {
    // The player's own API (as on the real site) is what tells Margin's clock which video plays, without a known root.
    await setImitationModes(browser.context, ['unknown-watch-root', 'player-api']);
    await openWatch(page, LESSON);
    await pauseVideo(page);
    expect((await layoutFacts(page)).root).toBe('ytd-watch-nextgen');
    const chip = panelHost(page).getByRole('button', { name: 'Margin', exact: true });
    await chip.waitFor();
    expect(await layoutFacts(page)).toMatchObject({ slot: 'floating' });
    expect(await panelHost(page).evaluate((host) => host.parentElement?.localName)).toBe('body');
    const box = (await chip.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await expect(chip.getAttribute('aria-expanded')).resolves.toBe('false');
    await saveScreenshot(page, 'panel-fallback-chip');

    await chip.click();
    await expect(chip.getAttribute('aria-expanded')).resolves.toBe('true');
    await showKeyMoments(page);
    await expect(panelHost(page).getByText("YouTube's page has no side column Margin knows").isVisible()).resolves.toBe(true);
    await keyMoment(page, chapterAt(LESSON, 2)).click();
    await expect
      .poll(() => page.evaluate(() => Math.floor(document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime)))
      .toBe(chapterAt(LESSON, 2).start);
    await expect.poll(() => markedMoment(page)).toBe(momentName(chapterAt(LESSON, 2)));
    await panel(page).getByRole('tab', { name: 'Glossary' }).click();
    await expect(panel(page).getByRole('tab', { name: 'Glossary' }).getAttribute('aria-selected')).resolves.toBe('true');
    await panel(page).getByRole('tab', { name: 'Key moments' }).click();
    await saveScreenshot(page, 'panel-fallback-open');
    await setDarkTheme(page, true);
    await expect.poll(() => panelHost(page).getAttribute('data-theme')).toBe('dark');
    await saveScreenshot(page, 'panel-fallback-open-dark');
    await setDarkTheme(page, false);
  });
});

describe('two columns arriving late', () => {
  it('ends beside the player, after at most one move', async () => {
    await setImitationModes(browser.context, ['late-columns']);
    const recording = await recordPanelInsertions(page);
    try {
      await openPage(page, `/watch?v=${LESSON}`);
      await page.waitForFunction(() => document.querySelector('ytd-watch-flexy')?.hasAttribute('is-two-columns_'));
      await panel(page).waitFor();
      await expect.poll(() => panelPlacement(page)).toMatchObject({ count: 1, parent: 'secondary-inner', first: true });
      const insertions = await panelInsertions(page);
      expect(insertions.at(-1)).toBe('secondary-inner');
      expect(insertions.length).toBeLessThanOrEqual(2);
    } finally {
      await recording.dispose();
    }
  });
});

describe('/live/ID addresses', () => {
  it('get the panel, and the popup over that tab shows the same series video', async () => {
    await openPage(page, `/live/${LESSON}`);
    await showKeyMoments(page);
    await expect(panel(page).getByText('Chapter 1 of 9').isVisible()).resolves.toBe(true);

    const popup = await browser.context.newPage();
    try {
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.goto(`chrome-extension://${browser.extensionId!}/popup.html`);
      // The popup asks for the active tab of its window when it opens: make the YouTube tab that one, then reload.
      await page.bringToFront();
      await popup.reload();
      await popup.getByRole('heading', { level: 2, name: 'But what is a neural network?' }).waitFor();
    } finally {
      await popup.close();
    }
  });
});
