/**
 * Opens one of Margin's own pages (moz-extension://) in a new tab. WebDriver BiDi refuses to navigate a tab to
 * an extension page, so a script in the browser's chrome scope opens it (Firefox allows that with
 * --remote-allow-system-access); the tab is then an ordinary page to puppeteer.
 */
import type { Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN, type MarginFirefox } from './launch';

/** The raw BiDi connection under puppeteer-core 24's Browser (not public API). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { contexts?: { context: string }[] } }>;
}

export async function openExtensionPage(firefox: MarginFirefox, path: string): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  const connection = (firefox.browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = tree.result.contexts?.[0]?.context;
  if (!window) throw new Error('no browser window in chrome scope');
  const opened = new Promise<Page>((resolve) => {
    const onTarget = async (target: { page(): Promise<Page | null>; url(): string }) => {
      const page = await target.page();
      if (page) resolve(page);
    };
    firefox.browser.once('targetcreated', onTarget);
  });
  await connection.send('script.evaluate', {
    expression: `openTrustedLinkIn(${JSON.stringify(url)}, 'tab')`,
    target: { context: window },
    awaitPromise: false,
  });
  const page = await opened;
  await page.waitForFunction((expected: string) => location.href === expected && document.readyState === 'complete', {}, url);
  return page;
}
