/** Everything a browser run needs that takes more than milliseconds, done once per run and cached on disk. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCertificate, type Certificate } from './certificate';
import { prepareMedia, type MediaSet } from './media';
import { CACHE_DIR, chromiumOrThrow, EXTENSION_DIR, ROOT } from './paths';
import { run } from './run';
import { mediaDurations } from '../youtube/videos';

/**
 * The build a learner installs. Vitest sets NODE_ENV=test, which a child build would inherit, and Preact's
 * preset then compiles JSX for development (source positions on every element: 2 KB more and slower renders).
 */
export const PRODUCTION_ENV: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };

export function buildExtension(): void {
  run('npx', ['wxt', 'build'], { cwd: ROOT, env: PRODUCTION_ENV });
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`wxt build wrote no ${EXTENSION_DIR}/manifest.json`);
}

/** The certificate and the media (generated on the first run, found on disk after), for any browser. */
export function prepareImitationAssets(): { certificate: Certificate; media: MediaSet } {
  return { certificate: ensureCertificate(CACHE_DIR), media: prepareMedia(CACHE_DIR, mediaDurations()) };
}

/** The certificate and the media, and Chromium's path. Throws without Chromium. */
export function prepareAssets(): { chromium: string; certificate: Certificate; media: MediaSet } {
  const chromium = chromiumOrThrow();
  return { chromium, ...prepareImitationAssets() };
}
