/**
 * What WebDriver BiDi does not do for an add-on, done by a script in the browser's own (chrome) scope, which
 * Firefox allows with --remote-allow-system-access: open one of Margin's pages (BiDi refuses to navigate a tab to
 * moz-extension://; the tab is then an ordinary page to puppeteer), and run Margin's keyboard command (BiDi's
 * key input goes to the page, never to the browser's shortcuts).
 */
import type { Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN, type MarginFirefox } from './launch';

/** The raw BiDi connection under puppeteer-core 24's Browser (not public API). */
interface BidiConnection {
  send(
    method: string,
    params: object,
  ): Promise<{ result: { contexts?: { context: string }[]; result?: { type: string; value?: string } } }>;
}

/** Runs `expression` in the browser window's chrome scope; returns its value when it is a string. */
async function inBrowserChrome(firefox: MarginFirefox, expression: string): Promise<string | undefined> {
  const connection = (firefox.browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = tree.result.contexts?.[0]?.context;
  if (!window) throw new Error('no browser window in chrome scope');
  const answer = await connection.send('script.evaluate', { expression, target: { context: window }, awaitPromise: false });
  return answer.result.result?.type === 'string' ? answer.result.result.value : undefined;
}

/**
 * Runs Margin's Alt+Shift+N command the way the browser does when the keys are pressed: Firefox registers an
 * add-on's shortcut as a <key> element in the window's keyset for that add-on, and runs its command.
 */
export async function runAddNoteCommand(firefox: MarginFirefox): Promise<void> {
  const outcome = await inBrowserChrome(
    firefox,
    `(() => {
      const key = [...document.querySelectorAll('keyset[id^="ext-keyset-id-margin"] key')]
        .find((k) => k.getAttribute('key') === 'N' && k.getAttribute('modifiers') === 'alt,shift');
      if (!key) return 'no Alt+Shift+N key for Margin in the browser window';
      key.doCommand();
      return 'ran';
    })()`,
  );
  if (outcome !== 'ran') throw new Error(outcome ?? 'the command did not run');
}

export async function openExtensionPage(firefox: MarginFirefox, path: string): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  const opened = new Promise<Page>((resolve) => {
    const onTarget = async (target: { page(): Promise<Page | null>; url(): string }) => {
      const page = await target.page();
      if (page) resolve(page);
    };
    firefox.browser.once('targetcreated', onTarget);
  });
  await inBrowserChrome(firefox, `openTrustedLinkIn(${JSON.stringify(url)}, 'tab')`);
  const page = await opened;
  await page.waitForFunction((expected: string) => location.href === expected && document.readyState === 'complete', {}, url);
  return page;
}
