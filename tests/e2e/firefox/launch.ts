/**
 * Debian's Firefox ESR with Margin's Firefox build, headless, driven over WebDriver BiDi by puppeteer-core (no
 * geckodriver, no downloaded browser), on the same imitation of www.youtube.com as the Chromium tests: prefs send
 * YouTube's names to 127.0.0.1 and port 443 to the imitation's port, the self-signed certificate is accepted for
 * this session only, and nothing else resolves (DNS over HTTPS off, no other host). The add-on is installed as a
 * temporary add-on with a fixed moz-extension:// host, so its pages have a known address.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { INSTALL_HINT, ROOT } from '../setup/paths';
import { prepareImitationAssets } from '../setup/prepare';
import { startImitation, type Imitation } from '../youtube/server';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
/** The gecko id in wxt.config.ts, and the moz-extension:// host the tests give it. */
const GECKO_ID = 'margin@margin.invalid';
export const EXTENSION_UUID = '3b1b0000-4d61-4267-896e-000000000001';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

// The real binary: /usr/bin/firefox-esr is a wrapper script. $MARGIN_FIREFOX picks another one.
const FIREFOX_CANDIDATES = ['/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr'];

export function firefoxOrThrow(): string {
  const chosen = process.env.MARGIN_FIREFOX;
  const candidates = chosen ? [chosen] : FIREFOX_CANDIDATES;
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path) {
    throw new Error(
      `Debian's Firefox ESR (153 or later, from bookworm-security) is needed for the Firefox tests and was not found at ` +
        `${candidates.join(' or ')}.\nInstall it (as root) with:\n  ${INSTALL_HINT}`,
    );
  }
  return path;
}

export interface MarginFirefox {
  browser: Browser;
  imitation: Imitation;
  /** The tab Firefox opened with. */
  page: Page;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<MarginFirefox> {
  const executablePath = firefoxOrThrow();
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`Margin's Firefox build is missing at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\`.`);
  }
  const imitation = await startImitation(prepareImitationAssets());
  const profile = mkdtempSync(join(tmpdir(), 'margin-firefox-'));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: true,
      userDataDir: profile,
      acceptInsecureCerts: true,
      // Lets a test run a script in the browser's own (chrome) scope: the only way to open an extension page.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.dns.localDomains': 'www.youtube.com,m.youtube.com,youtube.com,i.ytimg.com,www.3blue1brown.com,img.youtube.com',
        'network.socket.forcePort': `443=${imitation.port}`,
        'network.trr.mode': 5,
        'media.autoplay.default': 0,
        'media.autoplay.blocking_policy': 0,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      },
    });
    // Margin opens its welcome page on install; close it (as the Chromium harness does) so that the test's tab
    // is the active one, where the browser sends Margin's keyboard command.
    const welcome = browser
      .waitForTarget((target) => target.url().endsWith('/welcome.html'), { timeout: 10_000 })
      .then((target) => target.page())
      .catch(() => null);
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    await (await welcome)?.close();
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.bringToFront();
    page.setDefaultTimeout(15_000);
    const opened = browser;
    return {
      browser: opened,
      imitation,
      page,
      async close() {
        await opened.close().catch(() => undefined);
        await imitation.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await imitation.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
