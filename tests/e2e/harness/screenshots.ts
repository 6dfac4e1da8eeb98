/**
 * Screenshots for people: always into tests/e2e/.cache/screenshots/, and also into $MARGIN_SCREENSHOT_DIR when
 * it is set (the README's pictures are taken that way).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from '../setup/paths';

export async function saveScreenshot(page: Page, name: string): Promise<string[]> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // The video's picture changes every second; freezing it keeps screenshots of one state comparable.
  await page.screenshot({ path, animations: 'disabled' });
  const saved = [path];
  const extra = process.env.MARGIN_SCREENSHOT_DIR;
  if (extra) {
    mkdirSync(extra, { recursive: true });
    copyFileSync(path, join(extra, `${name}.png`));
    saved.push(join(extra, `${name}.png`));
  }
  return saved;
}
