/**
 * What every YouTube page pays for Margin, and what Margin may do: checked on the build the e2e run made.
 * The always-loaded content script only recognises a series video; the panel's code (Preact, components,
 * catalog) is injected when one is open, so it must not be part of what the manifest loads everywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './setup/paths';

// Issue 12's goal for what every page of a site Margin runs on loads before it knows it is a lesson.
const BUDGET_GZIP_BYTES = 8 * 1024;
/** The panel script injected into a lesson's tab (YouTube, a lesson page): everything its first paint needs. */
const PANEL_BUDGET_GZIP_BYTES = 25 * 1024;
const PANEL_PARTS = ['margin-panel-ticks.js', 'margin-panel-notes.js', 'margin-panel-glossary.js'];
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts: { matches: string[]; js: string[] }[];
  web_accessible_resources?: unknown;
};

describe('the built extension', () => {
  it(`loads under ${BUDGET_GZIP_BYTES / 1024} KB (gzip) of script on every page it runs on`, () => {
    // Per site: the scripts whose matches name a host are all a page of that host loads.
    for (const host of new Set(manifest.content_scripts.flatMap((script) => script.matches))) {
      const files = manifest.content_scripts.filter((script) => script.matches.includes(host)).flatMap((script) => script.js);
      const sizes = files.map((file) => {
        const raw = readFileSync(join(EXTENSION_DIR, file));
        return { file, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
      });
      console.log(`[bundle] always-loaded scripts on ${host}:`, sizes);
      const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
      expect(total, host).toBeLessThan(BUDGET_GZIP_BYTES);
    }
  });

  it(`injects each panel script in under ${PANEL_BUDGET_GZIP_BYTES / 1024} KB (gzip); its later parts come only when needed`, () => {
    for (const file of ['margin-panel.js', 'lesson-panel.js']) {
      const raw = readFileSync(join(EXTENSION_DIR, file));
      const gzip = gzipSync(raw, { level: 9 }).length;
      console.log(`[bundle] ${file}:`, { raw: raw.length, gzip });
      expect(gzip, file).toBeLessThanOrEqual(PANEL_BUDGET_GZIP_BYTES);
      // The glossary tab, the notes tab and the progress-bar ticks are parts of their own (utils/panel-parts.ts).
      const text = raw.toString('utf8');
      expect(text, file).not.toContain('No terms for this lesson yet.');
      expect(text, file).not.toContain('Tags, separated by commas');
    }
    for (const file of PANEL_PARTS) expect(readFileSync(join(EXTENSION_DIR, file)).length, file).toBeGreaterThan(0);
  });

  it('keeps the lesson site\'s always-loaded script to the check for a lesson page: no panel, no player code', () => {
    const lessonSite = manifest.content_scripts.filter((script) => script.matches.includes('*://www.3blue1brown.com/*'));
    expect(lessonSite.map((script) => script.js)).toEqual([['content-scripts/lesson-page.js']]);
    const text = readFileSync(join(EXTENSION_DIR, 'content-scripts/lesson-page.js'), 'utf8');
    expect(text).not.toContain('of this chapter watched');
    expect(text).not.toContain('movie_player');
    const lessonPanel = readFileSync(join(EXTENSION_DIR, 'lesson-panel.js'), 'utf8');
    expect(lessonPanel).toContain('of this chapter watched');
    expect(lessonPanel).not.toContain('Counting weights and biases');
  });

  it('keeps the panel, Preact and the catalog out of the always-loaded script, and the catalog out of the panel too', () => {
    const always = manifest.content_scripts.flatMap((script) => script.js).map((file) => readFileSync(join(EXTENSION_DIR, file), 'utf8'));
    const panel = readFileSync(join(EXTENSION_DIR, 'margin-panel.js'), 'utf8');
    for (const text of always) {
      // A title from the catalog and a sentence of the panel's UI: present in the panel bundle, absent here.
      expect(text).not.toContain('Counting weights and biases');
      expect(text).not.toContain('of this chapter watched');
    }
    // The panel asks the background for the one lesson it shows: no chapter title is bundled with it.
    expect(panel).not.toContain('Counting weights and biases');
    expect(panel).toContain('of this chapter watched');
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).toContain('Counting weights and biases');
  });

  it('asks only for what it uses: scripting, storage (for the browser\'s own sync), and YouTube (desktop and phone) and the series\' lesson site as its only hosts', () => {
    expect(manifest.permissions ?? []).toEqual(['scripting', 'storage']);
    // www.youtube.com also covers the embed frame inside the lesson pages (its script is injected there, not declared).
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(['*://m.youtube.com/*', '*://www.3blue1brown.com/*', '*://www.youtube.com/*']);
    expect(manifest.content_scripts.flatMap((script) => script.matches).sort()).toEqual(['*://m.youtube.com/*', '*://www.3blue1brown.com/*', '*://www.youtube.com/*']);
    // Nothing of Margin's is reachable from web pages.
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('has no code for talking to servers: no XHR, WebSocket, EventSource or beacon (network.e2e.ts watches fetch)', () => {
    for (const file of ['background.js', 'margin-panel.js', 'lesson-panel.js', ...PANEL_PARTS, 'embed-frame.js', ...manifest.content_scripts.flatMap((script) => script.js)]) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      expect(code, file).not.toMatch(/\bXMLHttpRequest\b|\bWebSocket\b|sendBeacon|\bEventSource\b/);
    }
  });
});
