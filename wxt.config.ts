import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { SHARED_PREACT, SHARED_PREACT_KEY, type SharedPreactModule } from './components/parts/shared-preact-names';

/**
 * Chrome refuses to inject a script file holding a Unicode noncharacter ("isn't UTF-8 encoded"), and the
 * minifier writes temml's regular expression ranges (…\uFFFF) as raw characters. Written back as escapes, which
 * mean the same in strings, templates and regular expressions.
 */
const NONCHARACTERS = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/g;
const escapeNoncharacters = {
  name: 'margin:escape-noncharacters',
  renderChunk: (code: string) => {
    const escaped = code.replace(NONCHARACTERS, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
    return escaped === code ? null : escaped;
  },
};

/** The panel's parts injected later (utils/panel-parts.ts), and the Preact they use: the panel's, lent. */
const PANEL_PART_ENTRYPOINTS = new Set(['margin-panel-notes', 'margin-panel-glossary']);
const SHARED_PREFIX = '\0margin-shared:';
/** Preact's developer tools (in a build not for production) hook into the panel's Preact: a part adds nothing. */
const PANEL_ONLY: Record<string, string> = {
  'preact/debug': 'export {};',
  'preact/devtools': 'export const addHookName = (value) => value;',
};
const useLentPreact: Plugin = {
  name: 'margin:use-lent-preact',
  enforce: 'pre',
  resolveId: (source) => (Object.hasOwn(SHARED_PREACT, source) || Object.hasOwn(PANEL_ONLY, source) ? SHARED_PREFIX + source : null),
  load(id) {
    if (!id.startsWith(SHARED_PREFIX)) return null;
    const panelOnly = PANEL_ONLY[id.slice(SHARED_PREFIX.length)];
    if (panelOnly !== undefined) return panelOnly;
    const module = id.slice(SHARED_PREFIX.length) as SharedPreactModule;
    return `export const { ${SHARED_PREACT[module].join(', ')} } = globalThis[${JSON.stringify(SHARED_PREACT_KEY)}][${JSON.stringify(module)}];`;
  },
};

// Margin's build: Chrome MV3 and Firefox from the same sources.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), escapeNoncharacters],
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // Margin's pages (notebook, popup, options…) are built together: what two or more of them share goes into one
      // chunk, not a dozen. The notebook's first paint waited for 13 module files; with two, in Chromium, the page's
      // modules were in (DOMContentLoaded) at a median of ~180 ms instead of ~250, its first notes painted at ~240 ms
      // instead of ~330 (two alternated sets of 6 openings with 10,000 notes).
      if (entrypoints.some((entrypoint) => entrypoint.name === 'notebook')) {
        const options = (config.build ??= {}).rollupOptions ?? {};
        const output = Array.isArray(options.output) ? options.output[0] : options.output;
        config.build.rollupOptions = { ...options, output: { ...output, codeSplitting: { groups: [{ name: 'pages', minShareCount: 2 }] } } };
      }
      if (entrypoints.some((entrypoint) => PANEL_PART_ENTRYPOINTS.has(entrypoint.name))) {
        config.plugins = [useLentPreact, ...(config.plugins ?? [])];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Margin',
    description:
      "A study desk beside 3Blue1Brown's neural-network series on YouTube: key moments, glossary and timestamped notes.",
    // scripting: the background injects the panel's code into a tab only when a series video is open.
    // storage: storage.sync carries notes, progress and settings to the learner's other browsers.
    permissions: ['scripting', 'storage'],
    // m.youtube.com: YouTube's site for phones (Firefox for Android runs Margin there).
    // www.youtube.com also covers the embed frame inside the series' lesson pages on www.3blue1brown.com.
    host_permissions: ['*://www.youtube.com/*', '*://m.youtube.com/*', '*://www.3blue1brown.com/*'],
    commands: {
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Add a note at the current moment of the lesson',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // 142: data_collection_permissions (required by AMO) is understood on desktop and Android from here on.
        gecko: { id: 'margin@margin.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
        // Firefox for Android runs Margin on m.youtube.com (the panel below the player, sized for touch).
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
