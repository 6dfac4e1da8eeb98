/** Once per Firefox run: find Firefox (or fail saying how to install it), build the Firefox add-on, make assets. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../setup/paths';
import { prepareImitationAssets, PRODUCTION_ENV } from '../setup/prepare';
import { run } from '../setup/run';
import { FIREFOX_EXTENSION_DIR, firefoxOrThrow } from './launch';

export default function setup(): void {
  const started = Date.now();
  firefoxOrThrow();
  prepareImitationAssets();
  run('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, quiet: true, env: PRODUCTION_ENV });
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`wxt build -b firefox wrote no ${FIREFOX_EXTENSION_DIR}/manifest.json`);
  console.log(`[firefox] assets and add-on ready in ${Date.now() - started} ms`);
}
