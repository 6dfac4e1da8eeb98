/**
 * The one message protocol between Margin's views (content script, popup, pages) and the background worker.
 * Declared once here and imported by both ends: each request type maps to its payload and its response.
 * Every payload is validated by the background before it is handled (see `validateRequest`).
 */

export interface Protocol {
  /** Content script → background: inject the panel's code into the sending tab's frame. */
  'panel/load': { payload: Record<string, never>; response: { loaded: true } };
}

export type RequestType = keyof Protocol;
export type PayloadOf<K extends RequestType> = Protocol[K]['payload'];
export type ResponseOf<K extends RequestType> = Protocol[K]['response'];

/** What travels over `runtime.sendMessage`. The marker keeps messages of other extensions or pages apart. */
export interface Envelope<K extends RequestType = RequestType> {
  margin: 1;
  type: K;
  payload: PayloadOf<K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

type Validator = (payload: unknown) => string | null;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const emptyPayload: Validator = (payload) =>
  isPlainObject(payload) && Object.keys(payload).length === 0 ? null : 'expected an empty payload';

const validators: { [K in RequestType]: Validator } = {
  'panel/load': emptyPayload,
};

/** Checks an incoming message's shape: returns the typed envelope, or an error that says what is wrong. */
export function validateRequest(message: unknown): { ok: true; envelope: Envelope } | { ok: false; error: string } {
  if (!isPlainObject(message) || message.margin !== 1) return { ok: false, error: 'not a Margin message' };
  const { type } = message;
  if (typeof type !== 'string' || !Object.hasOwn(validators, type)) {
    return { ok: false, error: `unknown message type ${JSON.stringify(type)}` };
  }
  const problem = validators[type as RequestType](message.payload);
  if (problem) return { ok: false, error: `${type}: ${problem}` };
  return { ok: true, envelope: message as unknown as Envelope };
}
