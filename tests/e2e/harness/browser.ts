/**
 * Starts Debian's Chromium with Margin loaded (or without it, to test the imitation alone) and the imitation
 * standing in for www.youtube.com. Every launch gets a fresh profile and its own server, so test files share
 * nothing and can be run one by one.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { EXTENSION_DIR } from '../setup/paths';
import { prepareAssets } from '../setup/prepare';
import { startImitation, type Imitation } from '../youtube/server';
import { openMarginRootsIn } from './open-roots';

export interface LaunchOptions {
  /** Load Margin (default) or run the imitation alone. */
  extension?: boolean;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /**
   * Keep the welcome page Margin opens on install (default: closed as soon as it opens, so that tests start
   * with the one blank tab and the YouTube tab they open stays the active one).
   */
  welcome?: boolean;
  /** The caller handles Ctrl+C itself (and closes the browser, which also removes the profile). */
  callerHandlesSignals?: boolean;
  /**
   * Open Margin's closed shadow roots for the tests, through the DevTools protocol (default, see open-roots.ts).
   * `false` keeps the production behaviour: the page (and Playwright's locators) cannot see inside.
   */
  openRoots?: boolean;
  /** Another build of Margin to load (the browser benchmark compares an earlier build); default .output/chrome-mv3. */
  extensionDir?: string;
  /** More Chromium switches (e.g. a remote debugging port, for a browser-level DevTools session). */
  extraArgs?: string[];
}

export interface MarginBrowser {
  context: BrowserContext;
  imitation: Imitation;
  /** The extension's background service worker, when the extension is loaded. */
  worker: Worker | undefined;
  extensionId: string | undefined;
  /** The profile directory (Chromium writes DevToolsActivePort there when given a debugging port). */
  profile: string;
  /** A tab: the one the browser opened with first, then new ones. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

export async function launchBrowser(options: LaunchOptions = {}): Promise<MarginBrowser> {
  const withExtension = options.extension ?? true;
  const { chromium: executablePath, certificate, media } = prepareAssets();
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`Margin is not built at ${extensionDir}: run \`npx wxt build\` (the e2e global setup does).`);
  }
  const imitation = await startImitation({ certificate, media });
  const profile = mkdtempSync(join(tmpdir(), 'margin-e2e-'));
  const args = [
    `--host-resolver-rules=MAP www.youtube.com 127.0.0.1:${imitation.port},MAP m.youtube.com 127.0.0.1:${imitation.port},MAP www.3blue1brown.com 127.0.0.1:${imitation.port},MAP img.youtube.com 127.0.0.1:${imitation.port},MAP * ~NOTFOUND`,
    `--ignore-certificate-errors-spki-list=${certificate.spkiHash}`,
    '--autoplay-policy=no-user-gesture-required',
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ...(withExtension ? [`--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`] : []),
    ...(options.extraArgs ?? []),
  ];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: options.headless ?? true,
      args,
      viewport: options.viewport === undefined ? DEFAULT_VIEWPORT : options.viewport,
      ...(options.callerHandlesSignals ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
    });
  } catch (error) {
    await imitation.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }

  // A missing element fails a test in seconds rather than at the test's own timeout.
  context.setDefaultTimeout(10_000);
  if (withExtension && !options.welcome) {
    // Only the one page the install opened: a test may open the welcome page itself later.
    let closed = false;
    const closeWelcome = (page: Page) => {
      if (closed) return;
      if (/^chrome-extension:\/\/[^/]+\/welcome\.html/.test(page.url())) {
        closed = true;
        context.off('page', closeWelcome);
        void page.close().catch(() => undefined);
      } else if (page.url() === 'about:blank' || page.url() === '') {
        page.once('framenavigated', () => closeWelcome(page));
      }
    };
    context.on('page', closeWelcome);
    for (const page of context.pages().slice(1)) closeWelcome(page);
  }

  let worker: Worker | undefined;
  if (withExtension) {
    worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }
  const extensionId = worker ? new URL(worker.url()).host : undefined;
  // Every tab gets the hook: the first one, those made by newPage() or context.newPage() (awaited, so before
  // they load YouTube) and any other (a link opened in a new tab), as soon as it appears.
  const hooked = new WeakMap<Page, Promise<unknown>>();
  const late: string[] = [];
  const hook = (page: Page): Promise<unknown> => {
    if (!extensionId || options.openRoots === false) return Promise.resolve();
    let done = hooked.get(page);
    if (!done) {
      done = openMarginRootsIn(context, page, extensionId, (p) => {
        late.push(p.url());
        console.error(`[e2e] Margin created a closed root before the test hook opened it, on ${p.url()}`);
      }).catch(() => undefined);
      hooked.set(page, done);
    }
    return done;
  };
  context.on('page', (page) => void hook(page));
  // A test's own context.newPage() gets its hook before it can load YouTube, like newPage() below.
  const openPage = context.newPage.bind(context);
  context.newPage = async () => {
    const page = await openPage();
    await hook(page);
    return page;
  };
  await Promise.all(context.pages().map(hook));
  let firstPage: Page | undefined = context.pages()[0];

  return {
    context,
    imitation,
    worker,
    extensionId,
    profile,
    async newPage() {
      const page = firstPage ?? (await context.newPage());
      firstPage = undefined;
      await hook(page);
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      await imitation.close();
      rmSync(profile, { recursive: true, force: true });
      if (late.length > 0) throw new Error(`the test hook opened Margin's roots too late on: ${late.join(', ')}`);
    },
  };
}
