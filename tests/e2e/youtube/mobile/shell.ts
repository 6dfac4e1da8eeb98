/**
 * m.youtube.com's page: the same data as the desktop imitation (routes.ts), another app. The phone site is
 * `ytm-app` (Polymer-free custom elements named ytm-*), with its own script and styles; the page's policy is
 * the desktop one (shell.ts): nonce-only scripts and Trusted Types.
 */
import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageData } from '../page-data';

export const MOBILE_APP_SCRIPT = '/s/mobile/imitation/app.js';
export const MOBILE_APP_STYLES = '/s/mobile/imitation/app.css';

const CLIENT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'client');

/** Requests for the phone site: the address the browser asked for (Chromium and Firefox both send it). */
export function isMobileHost(host: string | undefined): boolean {
  return (host ?? '').split(':')[0]?.toLowerCase() === 'm.youtube.com';
}

/** The phone site's script and styles, built once per server. */
export function mobileAssets(): { script: string; styles: string } {
  const result = buildSync({ entryPoints: [join(CLIENT_DIR, 'main.ts')], bundle: true, format: 'iife', target: 'chrome120', write: false });
  const file = result.outputFiles[0];
  if (!file) throw new Error('imitation: the phone page script did not bundle');
  return { script: file.text, styles: readFileSync(join(CLIENT_DIR, 'app.css'), 'utf8') };
}

function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function renderMobileShell(data: PageData | null, nonce: string): string {
  const initial = data ?? { page: 'error', url: '/', message: '404 Not Found' };
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, user-scalable=no">
<title>YouTube</title>
<link rel="stylesheet" href="${MOBILE_APP_STYLES}">
<script nonce="${nonce}">var ytInitialData = ${inlineJson(initial)};</script>
</head>
<body>
<ytm-app>
<div id="app">
<ytm-mobile-topbar-renderer><header class="mobile-topbar-header"><a class="mobile-topbar-logo" href="/" aria-label="YouTube Home">YouTube</a></header></ytm-mobile-topbar-renderer>
<div class="page-container"></div>
</div>
</ytm-app>
<script nonce="${nonce}" src="${MOBILE_APP_SCRIPT}"></script>
</body>
</html>
`;
}
