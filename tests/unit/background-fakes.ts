/** Test doubles for the background: a fresh database per test, a clock the test controls, message ports. */
import 'fake-indexeddb/auto';
import type { Clock } from '@/entrypoints/background/clock';
import { lazyDatabase, type Connect } from '@/entrypoints/background/db/connection';
import { openMarginDb } from '@/entrypoints/background/db/schema';

let databases = 0;

/** A database of its own, so that tests never see each other's notes. */
export function freshDatabase(): { connect: Connect; name: string } {
  const name = `margin-test-${++databases}`;
  return { name, connect: lazyDatabase((hooks) => openMarginDb(name, hooks)) };
}

/** Time stands still unless the test moves it, so that "same instant" cases can be written down. */
export function testClock(start = 1_700_000_000_000): Clock & { set(ms: number): void; advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    newId: () => crypto.randomUUID(),
    set: (ms) => {
      now = ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

type Listener<A extends unknown[]> = (...args: A) => void;

/** One end of a message channel, shaped like `runtime.Port`. */
export interface FakePort {
  name: string;
  sender?: { id?: string };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: Listener<[unknown]>): void };
  onDisconnect: { addListener(listener: Listener<[]>): void };
}

/**
 * Two connected ends, as `runtime.connect` and `runtime.onConnect` hand them out: messages cross asynchronously
 * and as copies; disconnecting one end tells the other, and posting on a dead port throws, as browsers do.
 */
export function portPair(name: string, senderId: string | null): { view: FakePort; background: FakePort } {
  let open = true;
  const make = (sender?: { id?: string }) => {
    const messageListeners: Listener<[unknown]>[] = [];
    const disconnectListeners: Listener<[]>[] = [];
    const end = {
      name,
      sender,
      peer: undefined as unknown as { messageListeners: Listener<[unknown]>[]; disconnectListeners: Listener<[]>[] },
      messageListeners,
      disconnectListeners,
      postMessage(message: unknown) {
        if (!open) throw new Error('Attempting to use a disconnected port object');
        const copy = structuredClone(message);
        const listeners = end.peer.messageListeners;
        setTimeout(() => {
          if (open) for (const listener of listeners) listener(copy);
        }, 0);
      },
      disconnect() {
        if (!open) return;
        open = false;
        const listeners = end.peer.disconnectListeners;
        setTimeout(() => listeners.forEach((listener) => listener()), 0);
      },
      onMessage: { addListener: (listener: Listener<[unknown]>) => messageListeners.push(listener) },
      onDisconnect: { addListener: (listener: Listener<[]>) => disconnectListeners.push(listener) },
    };
    return end;
  };
  const view = make();
  const background = make(senderId === null ? {} : { id: senderId });
  view.peer = background;
  background.peer = view;
  return { view, background };
}

/** A single port end that records what the background sends it. */
export function recordingPort(name: string, senderId: string | null) {
  const { view, background } = portPair(name, senderId);
  const received: unknown[] = [];
  let cut = false;
  view.onMessage.addListener((message) => received.push(message));
  view.onDisconnect.addListener(() => {
    cut = true;
  });
  return {
    port: background,
    received,
    /** The view sends something over the port; on a port the background cut, that fails (and is ignored here). */
    send: (message: unknown) => {
      try {
        view.postMessage(message);
      } catch {
        // cut: the test looks at cutByBackground
      }
    },
    /** The view goes away (tab closed, navigated). */
    close: () => view.disconnect(),
    get cutByBackground() {
      return cut;
    },
  };
}

export const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
