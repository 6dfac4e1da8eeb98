/**
 * A long list's first screen of notes (the notebook's), asked for before the page's modules have loaded: a tiny
 * classic script in the page's <head> (entrypoints/notebook-early.ts) asks the background for it while the browser
 * is still fetching and compiling the page's scripts (100-200 ms with the series' catalogs), and the page's view
 * takes the answer when it first renders. The request is left on the page's global object, as the two scripts
 * share no module; an extension page runs no one else's scripts.
 */
import { sendRequest } from '@/utils/messaging';
import type { Note } from '@/utils/notes';

/** Notes asked for ahead of the whole list in the notebook: more than a tall screen shows. */
export const NOTEBOOK_FIRST_SCREEN = 60;

export type FirstScreen = { notes: Note[]; complete: boolean };

const KEY = '__marginFirstScreen';
type EarlyGlobal = typeof globalThis & { [KEY]?: { limit: number; answer: Promise<FirstScreen> } };

/** Asks for the first `limit` notes now, unless that was asked already and not yet taken. */
export function askForFirstScreen(limit: number): void {
  const global = globalThis as EarlyGlobal;
  if (global[KEY]) return;
  const answer = sendRequest('notes/list-first', { limit });
  answer.catch(() => undefined); // the view reports any trouble when it uses it
  global[KEY] = { limit, answer };
}

/** The answer asked for early, once (a later view asks again); asked for now when there was none. */
export function takeFirstScreen(limit: number): Promise<FirstScreen> {
  const global = globalThis as EarlyGlobal;
  const early = global[KEY]?.limit === limit ? global[KEY].answer : undefined;
  delete global[KEY];
  return early ?? sendRequest('notes/list-first', { limit });
}
