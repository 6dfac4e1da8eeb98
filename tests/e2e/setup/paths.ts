/** Where the end-to-end tests find the extension, the browser and their generated files. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Certificate, media and screenshots: generated, gitignored, reused between runs. */
export const CACHE_DIR = join(ROOT, 'tests/e2e/.cache');
export const SCREENSHOT_DIR = join(CACHE_DIR, 'screenshots');
/** What `wxt build` produces for Chromium. */
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

export const INSTALL_HINT = 'apt-get update && apt-get install -y --no-install-recommends chromium firefox-esr ffmpeg openssl';

// The real binary first: /usr/bin/chromium is Debian's wrapper script, which adds flags of its own.
const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** $MARGIN_CHROMIUM, when set, is the only browser tried (another Chromium build, or to check the error below). */
function candidates(): string[] {
  const chosen = process.env.MARGIN_CHROMIUM;
  return chosen ? [chosen] : CHROMIUM_CANDIDATES;
}

export function findChromium(): string | undefined {
  return candidates().find((path) => existsSync(path));
}

export function chromiumOrThrow(): string {
  const path = findChromium();
  if (!path) {
    throw new Error(
      `Debian's Chromium is needed for the end-to-end tests and was not found at ${candidates().join(' or ')}.\n` +
        `Install it (as root) with:\n  ${INSTALL_HINT}\n(never let a test tool download a browser).`,
    );
  }
  return path;
}
