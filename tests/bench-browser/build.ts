/** Which build of Margin the benchmark measures now: this checkout's, or an earlier one given with --before=DIR. */
import type { LaunchOptions } from '../e2e/harness/browser';
import { EXTENSION_DIR } from '../e2e/setup/paths';

export const build = { dir: EXTENSION_DIR };

/** Launch options that load the build being measured. */
export const withBuild = (options: LaunchOptions = {}): LaunchOptions => ({ ...options, extensionDir: build.dir });
