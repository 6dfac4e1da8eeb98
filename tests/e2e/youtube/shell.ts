/**
 * The HTML of every page and the policy that comes with it. YouTube's pages carry a strict CSP: scripts only
 * with the page's nonce, and Trusted Types enforced. This one is a little stricter than YouTube's (which adds
 * 'strict-dynamic' and names no policies): no script element inserted from outside the page's own markup runs,
 * and only the page's own policy names are allowed, so an extension that relies on injecting code into the
 * page's world, or on setting `innerHTML` there, fails here for certain rather than by luck.
 */
import { randomBytes } from 'node:crypto';
import type { PageData } from './page-data';

export const APP_SCRIPT = '/s/desktop/imitation/app.js';
export const APP_STYLES = '/s/desktop/imitation/app.css';
/** Trusted Types policies the page may create (its own, see client/dom.ts). */
const POLICIES = ['youtube-trusted-types', 'goog#html'];

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(nonce: string): string {
  return [
    "require-trusted-types-for 'script'",
    `trusted-types ${POLICIES.join(' ')}`,
    `script-src 'nonce-${nonce}' 'unsafe-eval'`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/** JSON that can sit inside a <script> element without ending it. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The app's frame; the page script builds the page itself from `ytInitialData`, as YouTube's does. */
export function renderShell(data: PageData | null, nonce: string): string {
  const initial = data ?? { page: 'error', url: '/', message: '404 Not Found' };
  const query = data?.page === 'results' ? data.query : '';
  return `<!DOCTYPE html>
<html lang="en" system-icons typography>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>YouTube</title>
<link rel="stylesheet" href="${APP_STYLES}">
<script nonce="${nonce}">var ytInitialData = ${inlineJson(initial)};</script>
</head>
<body>
<ytd-app>
<div id="masthead-container" class="style-scope ytd-app">
<ytd-masthead id="masthead" class="style-scope ytd-app">
<a id="logo" class="yt-simple-endpoint style-scope ytd-masthead" href="/" title="YouTube Home">YouTube</a>
<form id="search-form" class="style-scope ytd-searchbox" action="/results">
<input id="search" name="search_query" type="text" placeholder="Search" aria-label="Search" autocomplete="off" value="${escapeAttribute(query)}">
<button id="search-icon-legacy" type="submit" aria-label="Search">Search</button>
</form>
</ytd-masthead>
</div>
<div id="content" class="style-scope ytd-app">
<ytd-page-manager id="page-manager" class="style-scope ytd-app"></ytd-page-manager>
</div>
</ytd-app>
<script nonce="${nonce}" src="${APP_SCRIPT}"></script>
</body>
</html>
`;
}
