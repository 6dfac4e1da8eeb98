/** The sending end of the protocol, for content scripts and extension pages. */
import type { WxtBrowser } from 'wxt/browser';
import type { Note } from './notes';
import type { Envelope, PayloadOf, Reply, RequestType, ResponseOf } from './protocol';

/** Its message is meant to be shown to the learner as is. */
export class MarginRequestError extends Error {
  override name = 'MarginRequestError';
  /**
   * `current`: an edit was refused because the note changed since it started; this is the note as stored now.
   * `orphaned`: Margin was updated or reloaded under this page, and this script can never reach it again.
   */
  constructor(
    message: string,
    readonly details: { current?: Note; orphaned?: boolean } = {},
  ) {
    super(message);
  }
}

/** Said by a panel whose Margin was updated or reloaded under it: nothing it holds is thrown away. */
export const ORPHANED_MESSAGE = 'Margin was updated: your text is kept.';

/**
 * The extension's `runtime` as the browser gives it, without webextension-polyfill (a tenth of the injected
 * panel script): Chrome (MV3) and Firefox both answer `sendMessage` with a Promise and have the same `connect`.
 * A listener that answers must call `sendResponse` (and return true), which both understand, not return a Promise.
 * `browser` counts only when it is the extension API: a page element with id="browser" is `window.browser` too.
 */
export function extensionRuntime(): WxtBrowser['runtime'] {
  const global = globalThis as { browser?: WxtBrowser; chrome?: WxtBrowser };
  return (global.browser?.runtime?.id ? global.browser : global.chrome)!.runtime;
}

/** True once this script's extension is gone (updated, reloaded, removed): its `runtime` has no id any more. */
export function isOrphaned(): boolean {
  try {
    return !extensionRuntime()?.id;
  } catch {
    return true;
  }
}

async function deliver(envelope: Envelope): Promise<unknown> {
  if (isOrphaned()) throw new MarginRequestError(ORPHANED_MESSAGE, { orphaned: true });
  try {
    return await extensionRuntime().sendMessage(envelope);
  } catch (error) {
    if (isOrphaned()) throw new MarginRequestError(ORPHANED_MESSAGE, { orphaned: true });
    // Usually a worker stopped mid-request: the next message starts it again, so a plain retry works.
    const detail = error instanceof Error ? error.message : String(error);
    throw new MarginRequestError(`Margin could not be reached (${detail}). Try again.`);
  }
}

export async function sendRequest<K extends RequestType>(type: K, payload: PayloadOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { margin: 1, type, payload };
  const reply = (await deliver(envelope)) as Reply<ResponseOf<K>> | undefined;
  if (!reply) throw new MarginRequestError(`Margin did not answer (${type}). Try again.`);
  if (!reply.ok) throw new MarginRequestError(reply.error, reply.current ? { current: reply.current } : {});
  return reply.value;
}
