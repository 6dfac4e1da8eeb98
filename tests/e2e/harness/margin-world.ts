/**
 * Margin's own isolated world in a YouTube tab, reached through the DevTools protocol: what a test needs when
 * the roots stay closed (launched with `openRoots: false`). From there `chrome.dom.openOrClosedShadowRoot`
 * opens a closed root and `chrome.runtime.sendMessage` asks the background what it stores. No page script can
 * do either; the test stands in for Margin itself, to look, never to act (acts go through real input).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { isExtensionWorld } from './open-roots';

export interface MarginWorld {
  /** Evaluates an expression (awaiting a promise) in the current world of the tab; the result comes by value. */
  evaluate<T>(expression: string): Promise<T>;
  /** What the background answers to one of Margin's requests (utils/protocol.ts). */
  request<T>(type: string, payload: unknown): Promise<T>;
  /** The text of one of Margin's hosts' closed roots ('' when the host is absent). */
  rootText(tag: string): Promise<string>;
  /** The centre of the first element matching `selector` in a host's root, for a real click; null when none. */
  centreOf(tag: string, selector: string): Promise<{ x: number; y: number } | null>;
  detach(): Promise<void>;
}

interface ContextEvent {
  context: { id: number; origin: string; auxData?: { type?: string; frameId?: string; isDefault?: boolean } };
}

export async function marginWorld(context: BrowserContext, page: Page, extensionId: string): Promise<MarginWorld> {
  const session = await context.newCDPSession(page);
  let current: number | undefined;
  let waiting: (() => void)[] = [];
  session.on('Runtime.executionContextCreated', (event: ContextEvent) => {
    if (!isExtensionWorld(event, extensionId)) return;
    current = event.context.id;
    for (const resolve of waiting) resolve();
    waiting = [];
  });
  session.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) => {
    if (executionContextId === current) current = undefined;
  });
  session.on('Runtime.executionContextsCleared', () => (current = undefined));
  await session.send('Runtime.enable');

  const contextId = async (): Promise<number> => {
    while (current === undefined) await new Promise<void>((resolve) => waiting.push(resolve));
    return current;
  };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression,
      contextId: await contextId(),
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in Margin's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  };
  const root = (tag: string) => `chrome.dom.openOrClosedShadowRoot(document.querySelector(${JSON.stringify(tag)}))`;

  return {
    evaluate,
    async request<T>(type: string, payload: unknown) {
      const reply = await evaluate<{ ok: boolean; value?: T; error?: string }>(
        `chrome.runtime.sendMessage(${JSON.stringify({ margin: 1, type, payload })})`,
      );
      if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
      return reply.value as T;
    },
    rootText: (tag) => evaluate<string>(`document.querySelector(${JSON.stringify(tag)}) ? ${root(tag)}.textContent : ''`),
    centreOf: (tag, selector) =>
      evaluate(`(() => {
        const host = document.querySelector(${JSON.stringify(tag)});
        const element = host && ${root(tag)}.querySelector(${JSON.stringify(selector)});
        if (!element) return null;
        element.scrollIntoView({ block: 'center' });
        const box = element.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      })()`),
    detach: () => session.detach().catch(() => undefined),
  };
}
