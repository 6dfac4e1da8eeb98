import { describe, expect, it } from 'vitest';
import { ACTION_EVENT_TYPES, ignoreUntrustedEvents, isUserEvent } from '@/utils/closed-roots';
import { GUARD_COPY_MARK } from '@/utils/key-ownership';
import { ignoreForgedTeardown, scriptStartedEventName } from '@/entrypoints/youtube.content/forged-teardown';

/** A root stand-in: Node's EventTarget dispatches events the way the DOM does at the target itself. */
function guardedRoot(): { root: EventTarget; handled: string[] } {
  const root = new EventTarget();
  const handled: string[] = [];
  ignoreUntrustedEvents(root as unknown as ShadowRoot);
  for (const type of ACTION_EVENT_TYPES) root.addEventListener(type, () => handled.push(type));
  return { root, handled };
}

describe('closed roots: scripted events are ignored', () => {
  it.each(ACTION_EVENT_TYPES)('stops a scripted %s before any handler, and cancels its default action', (type) => {
    const { root, handled } = guardedRoot();
    const event = new Event(type, { cancelable: true });
    root.dispatchEvent(event);
    expect(handled).toEqual([]);
    expect(event.defaultPrevented).toBe(true);
  });

  it("lets the key guard's copy of a real key through, and only that one", () => {
    const { root, handled } = guardedRoot();
    const own = new Event('keydown', { cancelable: true });
    Object.defineProperty(own, GUARD_COPY_MARK, { value: true });
    root.dispatchEvent(own);
    root.dispatchEvent(new Event('keydown', { cancelable: true }));
    expect(handled).toEqual(['keydown']);
    expect(own.defaultPrevented).toBe(false);
    expect([isUserEvent(own), isUserEvent(new Event('click'))]).toEqual([true, false]);
  });
});

describe("WXT's start-up event, forged", () => {
  const name = scriptStartedEventName('abcdefghijklmnop', 'youtube');

  it('is the name WXT 0.20.27 gives it', () => {
    expect(name).toBe('abcdefghijklmnop:youtube:wxt:content-script-started');
  });

  it.each([
    { alive: true, reachesWxt: false },
    { alive: false, reachesWxt: true },
  ])('reaches WXT only when this extension is gone here (alive: $alive)', ({ alive, reachesWxt }) => {
    const win = new EventTarget();
    const heard: string[] = [];
    ignoreForgedTeardown(name, new AbortController().signal, () => alive, win as unknown as Window);
    win.addEventListener(name, () => heard.push('wxt'));
    win.dispatchEvent(new Event(name));
    expect(heard.length > 0).toBe(reachesWxt);
  });
});
