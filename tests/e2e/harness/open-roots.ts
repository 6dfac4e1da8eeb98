/**
 * Margin's three hosts (<margin-panel>, <margin-overlay>, <margin-markers>) have *closed* shadow roots, so that
 * youtube.com's scripts cannot read or click inside them. Playwright's locators, like the page, pierce only open
 * roots. So, for the tests, the DevTools protocol patches `attachShadow` in Margin's own isolated world (which no
 * page script can reach) to open those three hosts' roots; every existing locator then works unchanged.
 *
 * Timing: the patch must come before Margin's first root. So the session sets a breakpoint on the first line of
 * Margin's content script (`content-scripts/youtube.js`, run at document_start in that world, before the panel's
 * script is injected into the same world); when it pauses there, the patch is evaluated on that very frame and
 * the script resumes. Every load of every tab goes through it, so there is no race. Should a host ever have a
 * closed root already (the patch reports "late"), `launchBrowser` fails loudly rather than mysteriously.
 * Tests of the production behaviour launch with `openRoots: false` (tests/e2e/privacy.e2e.ts).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export const MARGIN_HOST_TAGS = ['margin-panel', 'margin-overlay', 'margin-markers'] as const;
/** Opened for the tests too: the card that keeps a note's text after an update (only there after one). */
const OPENED_TAGS = [...MARGIN_HOST_TAGS, 'margin-kept-text'];

/** Evaluated in Margin's isolated world: opens the hosts' roots, and says whether a host already had a closed one. */
const PATCH = `(() => {
  if (globalThis.__marginTestOpenRoots) return 'patched';
  globalThis.__marginTestOpenRoots = true;
  const tags = ${JSON.stringify(OPENED_TAGS)};
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    return attach.call(this, tags.includes(this.localName) ? { ...init, mode: 'open' } : init);
  };
  const late = tags.some((tag) => [...document.querySelectorAll(tag)].some((host) => host.shadowRoot === null));
  return late ? 'late' : 'patched';
})()`;

interface ExecutionContextCreated {
  context: { id: number; origin: string; auxData?: { type?: string } };
}

/** True for the isolated world a content script of the extension runs in (not Playwright's own worlds). */
export function isExtensionWorld(event: ExecutionContextCreated, extensionId: string): boolean {
  return event.context.auxData?.type === 'isolated' && event.context.origin === `chrome-extension://${extensionId}`;
}

interface Paused {
  hitBreakpoints?: string[];
  callFrames: { callFrameId: string }[];
}

/**
 * Opens Margin's roots in every load of this page. Resolves once the breakpoint is set, which must happen
 * before the page loads YouTube (`launchBrowser` awaits it for the pages it hands out).
 */
export async function openMarginRootsIn(
  context: BrowserContext,
  page: Page,
  extensionId: string,
  onLate: (page: Page) => void,
): Promise<CDPSession> {
  const session = await context.newCDPSession(page);
  const breakpoints: string[] = [];
  session.on('Debugger.paused', (event: Paused) => {
    const frame = event.callFrames[0];
    const ours = frame !== undefined && (event.hitBreakpoints ?? []).some((hit) => breakpoints.includes(hit));
    const patched = ours
      ? session.send('Debugger.evaluateOnCallFrame', { callFrameId: frame.callFrameId, expression: PATCH, returnByValue: true })
        .then(({ result }) => {
          if (result.value === 'late') onLate(page);
        })
      : Promise.resolve();
    // Whatever paused (a page's `debugger;` too), the page goes on.
    void patched.catch(() => undefined).then(() => session.send('Debugger.resume').catch(() => undefined));
  });
  await session.send('Debugger.enable');
  // YouTube's content script, and the lesson site's (www.3blue1brown.com), each the first of Margin in its tabs.
  for (const script of ['youtube', 'lesson-page']) {
    const { breakpointId } = await session.send('Debugger.setBreakpointByUrl', {
      url: `chrome-extension://${extensionId}/content-scripts/${script}.js`,
      lineNumber: 0,
    });
    breakpoints.push(breakpointId);
  }
  return session;
}
