/** The sending end of the protocol, for content scripts and extension pages. */
import { browser } from 'wxt/browser';
import type { Envelope, PayloadOf, Reply, RequestType, ResponseOf } from './protocol';

export class MarginRequestError extends Error {
  override name = 'MarginRequestError';
}

export async function sendRequest<K extends RequestType>(type: K, payload: PayloadOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { margin: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<K>> | undefined;
  if (!reply) throw new MarginRequestError(`${type}: no answer from the background`);
  if (!reply.ok) throw new MarginRequestError(reply.error);
  return reply.value;
}
