/**
 * Margin updated (reloaded from the same directory through the DevTools protocol's Extensions.loadUnpacked, as
 * the Reload button or an update does) while a note is being typed in the panel: nothing is lost. The old panel's
 * text moves to a card that says so and stays through navigation; the background re-attaches a new panel to the
 * tab without a page reload, restoring the draft it stored at most a second before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { panel } from './harness/panel';
import { addNoteButton, noteEditor, showNotes } from './harness/notes';
import { openWatch, pauseVideo, seekVideo, spaNavigate } from './harness/youtube-page';
import { EXTENSION_DIR } from './setup/paths';

const LESSON = 'aircAruvnKk';
let browser: MarginBrowser;
let tab: Page;

beforeAll(async () => {
  browser = await launchBrowser({ extraArgs: ['--enable-unsafe-extension-debugging', '--remote-debugging-port=0'] });
  tab = await browser.newPage();
  await openWatch(tab, LESSON);
  await pauseVideo(tab);
  await showNotes(tab);
});
afterAll(async () => browser?.close());

/** Reloads Margin from its directory, as an update does, through a browser-level DevTools session. */
async function reloadMargin(): Promise<void> {
  const [port] = readFileSync(join(browser.profile, 'DevToolsActivePort'), 'utf8').split('\n');
  const remote = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const session = await remote.newBrowserCDPSession();
    await session.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never);
  } finally {
    // Closing a connectOverCDP browser only disconnects.
    await remote.close();
  }
}

const keeper = (page: Page) => page.locator('margin-kept-text').getByRole('alert', { name: 'Margin: your text' });

describe('an update while typing', () => {
  it('loses nothing: the old text is kept in a card, and a new panel comes back with the draft, without a reload', async () => {
    await tab.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
    await seekVideo(tab, 200);
    await addNoteButton(tab).click();
    const first = 'typed more than a second before the update';
    await noteEditor(tab).pressSequentially(first, { delay: 20 });
    // Typing goes on without a pause; at least once a second the draft is stored.
    await noteEditor(tab).pressSequentially(' and still typing', { delay: 60 });
    // The update comes mid-word.
    const typing = noteEditor(tab).pressSequentially(' when Margin is updated', { delay: 60 });
    await reloadMargin();
    void typing.catch(() => undefined); // the old editor may go mid-word
    const typed = `${first} and still typing when Margin is updated`;

    // The card holds every character, and says what happened.
    await keeper(tab).waitFor({ timeout: 20_000 });
    expect(await keeper(tab).textContent()).toContain('Margin was updated: your text is kept.');
    const kept = await keeper(tab).getByRole('textbox', { name: 'Your text' }).inputValue();
    expect(typed.startsWith(kept) || kept.startsWith(first)).toBe(true);
    expect(kept.length).toBeGreaterThanOrEqual(first.length);

    // A new panel, re-attached by the background: its editor holds the stored draft.
    await expect.poll(() => noteEditor(tab).inputValue().catch(() => ''), { timeout: 20_000 }).toContain(first);
    expect(await tab.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);

    // And it saves.
    await noteEditor(tab).press('Control+Enter');
    await panel(tab).getByRole('article', { name: 'Note at 3:20', exact: true }).filter({ hasText: first }).waitFor();

    // The card stays through an SPA navigation.
    await spaNavigate(tab, '/');
    await expect.poll(() => keeper(tab).count()).toBe(1);
    expect(await keeper(tab).getByRole('textbox', { name: 'Your text' }).inputValue()).toBe(kept);
    console.info('[update while typing]', JSON.stringify({ typed: typed.length, keptInCard: kept.length }));
  });
});
