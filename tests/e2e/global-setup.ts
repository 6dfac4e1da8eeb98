/** Once per end-to-end run: find Chromium (or fail saying how to install it), build the extension, make assets. */
import { buildExtension, prepareAssets } from './setup/prepare';

export default function setup(): void {
  const started = Date.now();
  prepareAssets();
  const assetsDone = Date.now();
  buildExtension();
  console.log(`[e2e] assets ready in ${assetsDone - started} ms, extension built in ${Date.now() - assetsDone} ms`);
}
