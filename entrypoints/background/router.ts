/**
 * Receives every request of the protocol, ignores what is not from this extension, refuses what is not well
 * formed, and answers with a Reply: the handler's value, or an error a person can read.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  NOT_A_MARGIN_MESSAGE,
  validateRequest,
  type PayloadOf,
  type Reply,
  type RequestType,
  type ResponseOf,
} from '@/utils/protocol';
import { senderMayAsk } from '@/utils/protocol-senders';
import { ReadableError, StaleEditError } from './readable-error';

export type Sender = Browser.runtime.MessageSender;
export type RequestHandlers = {
  [K in RequestType]: (payload: PayloadOf<K>, sender: Sender) => Promise<ResponseOf<K>>;
};

function describeFailure(type: RequestType, error: unknown): string {
  if (error instanceof ReadableError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Margin ran into an unexpected problem (${type}: ${detail}). Try again, or reload the page.`;
}

/**
 * Answers one message, or returns undefined when it is none of Margin's business (another extension's,
 * a web page's, or not shaped as a Margin message): those get no answer at all.
 */
export function routeRequest(
  handlers: RequestHandlers,
  message: unknown,
  sender: Sender,
  ownId: string,
): Promise<Reply<unknown>> | undefined {
  if (sender.id !== ownId) return undefined;
  const checked = validateRequest(message);
  if (!checked.ok) {
    return checked.error === NOT_A_MARGIN_MESSAGE ? undefined : Promise.resolve({ ok: false, error: checked.error });
  }
  const { type, payload } = checked.envelope;
  if (!senderMayAsk(type, sender)) return Promise.resolve({ ok: false, error: `${type} is not accepted from this page or frame` });
  const handler = handlers[type] as (payload: unknown, sender: Sender) => Promise<unknown>;
  return Promise.resolve()
    .then(() => handler(payload, sender))
    .then(
      (value): Reply<unknown> => ({ ok: true, value }),
      (error: unknown): Reply<unknown> =>
        error instanceof StaleEditError
          ? { ok: false, error: describeFailure(type, error), current: error.current }
          : { ok: false, error: describeFailure(type, error) },
    );
}

export function listenForRequests(handlers: RequestHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) =>
    routeRequest(handlers, message, sender, browser.runtime.id),
  );
}
