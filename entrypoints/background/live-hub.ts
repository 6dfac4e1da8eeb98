/**
 * Pushes every change to the views that show it. The registry of ports lives in memory on purpose: ports die
 * with the worker, and the views reconnect and resync (utils/live.ts), so there is nothing here to persist.
 */
import {
  LIVE_PORT_NAME,
  matchesFilter,
  parseLiveRequest,
  type LiveEvent,
  type LiveFilter,
  type LivePush,
} from '@/utils/live-protocol';

/** The part of `runtime.Port` the hub needs. */
export interface HubPort {
  name: string;
  sender?: { id?: string };
  postMessage(message: LivePush): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface LiveHub {
  /** Takes a newly connected port; ports of other names are left alone, ports from outside are cut. */
  accept(port: HubPort): void;
  publish(event: LiveEvent): void;
  /**
   * Tells every subscribed view to fetch its notes again, as after a reconnection: for a change too large to
   * push note by note (an import), which would have each view render once per note.
   */
  resync(): void;
  /** Connected ports, subscribed or not yet. */
  readonly size: number;
}

export function createLiveHub(ownId: string): LiveHub {
  const filters = new Map<HubPort, LiveFilter | undefined>();

  const send = (port: HubPort, message: LivePush) => {
    try {
      port.postMessage(message);
    } catch {
      filters.delete(port); // went away without its disconnect event reaching us yet
    }
  };

  return {
    accept(port) {
      if (port.name !== LIVE_PORT_NAME) return;
      if (port.sender?.id !== ownId) {
        port.disconnect();
        return;
      }
      filters.set(port, undefined);
      port.onMessage.addListener((message) => {
        const request = parseLiveRequest(message);
        // A malformed subscription changes nothing; cutting the port would only make the view reconnect in a loop.
        if (!request.ok || !filters.has(port)) return;
        filters.set(port, request.value.filter);
        send(port, { type: 'live/ready' });
      });
      port.onDisconnect.addListener(() => filters.delete(port));
    },

    publish(event) {
      for (const [port, filter] of filters) {
        if (filter && matchesFilter(filter, event)) send(port, event);
      }
    },

    resync() {
      // `live/ready` is what makes a view refetch (utils/live.ts); views not yet subscribed get it when they do.
      for (const [port, filter] of filters) {
        if (filter) send(port, { type: 'live/ready' });
      }
    },

    get size() {
      return filters.size;
    },
  };
}
