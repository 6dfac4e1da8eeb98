import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ReadableError } from '@/entrypoints/background/readable-error';
import { listenForRequests, routeRequest, type RequestHandlers, type Sender } from '@/entrypoints/background/router';

const OWN_ID = 'margin-extension-id';
const fromContentScript: Sender = { id: OWN_ID, tab: { id: 7 } as Sender['tab'], frameId: 0, url: 'https://www.youtube.com/watch?v=aircAruvnKk' };
const fromPopup: Sender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };
const listRequest = { margin: 1, type: 'notes/list', payload: { videoId: 'aircAruvnKk' } };

let calls: [string, unknown][];
let failWith: unknown;

/** Every handler records its call and answers with its own name, or fails with `failWith`. */
const handlers = new Proxy({} as RequestHandlers, {
  get: (_target, type) => (payload: unknown) => {
    calls.push([String(type), payload]);
    if (failWith !== undefined) throw failWith;
    return Promise.resolve({ handledBy: type });
  },
});

beforeEach(() => {
  calls = [];
  failWith = undefined;
});

describe('routeRequest', () => {
  it.each<[string, Sender]>([
    ['a content script', fromContentScript],
    ['an extension page', fromPopup],
  ])('answers %s of this extension with the handler\'s value', async (_name, sender) => {
    await expect(routeRequest(handlers, listRequest, sender, OWN_ID)).resolves.toEqual({
      ok: true,
      value: { handledBy: 'notes/list' },
    });
    expect(calls).toEqual([['notes/list', { videoId: 'aircAruvnKk' }]]);
  });

  it.each<[string, Sender]>([
    ['another extension', { id: 'some-other-extension', url: 'chrome-extension://some-other-extension/bg.js' }],
    ['a web page (no id)', { url: 'https://evil.example/', tab: { id: 3 } as Sender['tab'] }],
    ['a sender with nothing', {}],
  ])('ignores %s entirely: no answer, no handler called', (_name, sender) => {
    expect(routeRequest(handlers, listRequest, sender, OWN_ID)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('ignores messages that are not Margin\'s (other code in the extension may use runtime messages too)', () => {
    expect(routeRequest(handlers, { type: 'notes/list' }, fromPopup, OWN_ID)).toBeUndefined();
    expect(routeRequest(handlers, 'ping', fromPopup, OWN_ID)).toBeUndefined();
  });

  it.each<[string, unknown, string]>([
    ['unknown type', { margin: 1, type: 'notes/wipe', payload: {} }, 'unknown message type "notes/wipe"'],
    ['huge text', { margin: 1, type: 'notes/create', payload: { videoId: 'aircAruvnKk', t: 1, text: 'x'.repeat(20_000), tags: [] } }, 'notes/create: text is longer than 10000 characters'],
    ['NaN t', { margin: 1, type: 'notes/update', payload: { id: '3f2b8c1e-8d4a-4c1b-9f6e-2a7d5c9e1b04', t: Number.NaN } }, 'notes/update: t must be a finite number'],
    ['bad note id', { margin: 1, type: 'notes/delete', payload: { id: '<img src=x>' } }, 'notes/delete: id is not a note id'],
    ['__proto__ key', { margin: 1, type: 'settings/set', payload: JSON.parse('{"__proto__":{"panelCollapsed":true}}') as unknown }, 'settings/set: unexpected field "__proto__"'],
  ])('refuses a malformed request (%s) with a readable error, without calling a handler', async (_name, message, error) => {
    await expect(routeRequest(handlers, message, fromContentScript, OWN_ID)).resolves.toEqual({ ok: false, error });
    expect(calls).toEqual([]);
  });

  it('passes a handler\'s readable error through as written', async () => {
    failWith = new ReadableError("Margin could not save: the browser's storage is full.");
    await expect(routeRequest(handlers, listRequest, fromPopup, OWN_ID)).resolves.toEqual({
      ok: false,
      error: "Margin could not save: the browser's storage is full.",
    });
  });

  it.each<[string, unknown]>([
    ['a bug (TypeError)', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a thrown string', 'boom'],
  ])('turns %s into an answer that says what failed, instead of no answer', async (_name, thrown) => {
    failWith = thrown;
    const reply = await routeRequest(handlers, listRequest, fromPopup, OWN_ID);
    expect(reply).toMatchObject({ ok: false });
    expect(reply?.ok === false && reply.error).toMatch(/^Margin ran into an unexpected problem \(notes\/list: .+\)\. Try again/);
  });
});

describe('routeRequest and the lesson pages of www.3blue1brown.com', () => {
  const seek = { margin: 1, type: 'lesson/player', payload: { frameId: 3, action: 'seek', t: 60 } };
  const lessonPage: Sender = { id: OWN_ID, tab: { id: 9, url: 'https://www.3blue1brown.com/lessons/neural-networks' } as Sender['tab'], frameId: 0, url: 'https://www.3blue1brown.com/lessons/neural-networks' };

  it("passes the lesson page's request to drive its embed to the handler", async () => {
    await expect(routeRequest(handlers, seek, lessonPage, OWN_ID)).resolves.toEqual({ ok: true, value: { handledBy: 'lesson/player' } });
    expect(calls).toEqual([['lesson/player', { frameId: 3, action: 'seek', t: 60 }]]);
  });

  it.each<[string, Sender]>([
    ["Margin's script in a YouTube tab", fromContentScript],
    ['the popup', fromPopup],
    ['a frame inside the lesson page', { ...lessonPage, frameId: 2 }],
  ])('refuses it from %s, and calls no handler', async (_name, sender) => {
    const reply = await routeRequest(handlers, seek, sender, OWN_ID);
    expect(reply).toEqual({ ok: false, error: 'lesson/player is not accepted from this page or frame' });
    expect(calls).toEqual([]);
  });
});

describe('listenForRequests', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers through runtime.onMessage only for this extension', async () => {
    listenForRequests(handlers);
    const own = { id: fakeBrowser.runtime.id };
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(listRequest, own);
    expect(answer).toEqual({ ok: true, value: { handledBy: 'notes/list' } });
    const [silence] = await fakeBrowser.runtime.onMessage.trigger(listRequest, { id: 'other' });
    expect(silence).toBeUndefined();
  });
});
