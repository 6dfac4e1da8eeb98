import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end journeys in Debian's Firefox ESR (WebDriver BiDi, puppeteer-core) against the local imitation of
// YouTube. One file at a time, with time for Firefox's cold start (about 10 s on a 2-core machine).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/firefox/**/*.firefox.ts'],
    globalSetup: ['tests/e2e/firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
