/** The sending end of the protocol, for content scripts and extension pages. */
import { browser } from 'wxt/browser';
import type { Envelope, PayloadOf, Reply, RequestType, ResponseOf } from './protocol';

/** Its message is meant to be shown to the learner as is. */
export class MarginRequestError extends Error {
  override name = 'MarginRequestError';
}

async function deliver(envelope: Envelope): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(envelope);
  } catch (error) {
    // After Margin is updated or reloaded, the scripts already in a page can no longer reach it.
    const detail = error instanceof Error ? error.message : String(error);
    throw new MarginRequestError(`Margin could not be reached (${detail}). Reload the page and try again.`);
  }
}

export async function sendRequest<K extends RequestType>(type: K, payload: PayloadOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { margin: 1, type, payload };
  const reply = (await deliver(envelope)) as Reply<ResponseOf<K>> | undefined;
  if (!reply) throw new MarginRequestError(`Margin did not answer (${type}). Reload the page and try again.`);
  if (!reply.ok) throw new MarginRequestError(reply.error);
  return reply.value;
}
