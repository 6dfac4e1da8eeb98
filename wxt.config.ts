import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Margin's build: Chrome MV3 and Firefox from the same sources.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Margin',
    description:
      "A study desk beside 3Blue1Brown's neural-network series on YouTube: key moments, glossary and timestamped notes.",
    // scripting: the background injects the panel's code into a tab only when a series video is open.
    permissions: ['scripting'],
    host_permissions: ['*://www.youtube.com/*'],
    browser_specific_settings: {
      gecko: { id: 'margin@margin.invalid', strict_min_version: '115.0' },
    },
  },
});
