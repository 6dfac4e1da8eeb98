/**
 * An error whose message is written for the learner and goes back to the view as is. Anything else a handler
 * throws is a bug, and the router wraps it in a general sentence.
 */
export class ReadableError extends Error {
  override name = 'ReadableError';
}
