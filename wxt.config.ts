import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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

// Margin's build: Chrome MV3 and Firefox from the same sources.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), escapeNoncharacters],
  }),
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
