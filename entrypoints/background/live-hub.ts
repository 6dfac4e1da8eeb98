/**
 * Pushes every change to the views that show it. The registry of ports lives in memory on purpose: ports die
 * with the worker, and the views reconnect and resync (utils/live.ts), so there is nothing here to persist.
 */
import {
  LIVE_PORT_NAME,
  matchesFilter,
  parseLiveRequest,
  type LessonSnapshot,
  type LiveEvent,
  type LiveFilter,
  type LivePush,
} from '@/utils/live-protocol';
import type { SeriesVideoId } from '@/utils/series-ids';

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

/** Reads what a panel's confirmation brings (see LiveSubscribe's `withNotes`). */
export type ReadLesson = (videoId: SeriesVideoId) => Promise<LessonSnapshot>;

interface Subscription {
  filter: LiveFilter;
  withNotes: boolean;
  /** While a confirmation's lesson is being read: the changes to push after it, in order. */
  waiting?: LivePush[];
  /** Which reading is the latest (a resync may start another before the first has answered). */
  reading: number;
}

export function createLiveHub(ownId: string, readLesson?: ReadLesson): LiveHub {
  const subscriptions = new Map<HubPort, Subscription | undefined>();

  const send = (port: HubPort, message: LivePush) => {
    try {
      port.postMessage(message);
    } catch {
      subscriptions.delete(port); // went away without its disconnect event reaching us yet
    }
  };

  /**
   * `live/ready`; for a panel, with its lesson read now, after the subscription took effect. Changes published
   * while that reading is under way wait and follow the confirmation, so the view applies them to what it brought
   * (a change the reading already saw is applied again, which changes nothing).
   */
  const confirm = (port: HubPort, subscription: Subscription) => {
    const { filter } = subscription;
    if (!subscription.withNotes || !readLesson || !('videoId' in filter)) return send(port, { type: 'live/ready' });
    subscription.waiting ??= [];
    const reading = ++subscription.reading;
    readLesson(filter.videoId)
      .catch(() => undefined) // the view fetches it itself, and says what went wrong
      .then((lesson) => {
        if (subscriptions.get(port) !== subscription || subscription.reading !== reading) return;
        const waiting = subscription.waiting ?? [];
        subscription.waiting = undefined;
        send(port, lesson ? { type: 'live/ready', lesson } : { type: 'live/ready' });
        for (const event of waiting) send(port, event);
      });
  };

  return {
    accept(port) {
      if (port.name !== LIVE_PORT_NAME) return;
      if (port.sender?.id !== ownId) {
        port.disconnect();
        return;
      }
      subscriptions.set(port, undefined);
      port.onMessage.addListener((message) => {
        const request = parseLiveRequest(message);
        // A malformed subscription changes nothing; cutting the port would only make the view reconnect in a loop.
        if (!request.ok || !subscriptions.has(port)) return;
        const subscription: Subscription = { filter: request.value.filter, withNotes: request.value.withNotes === true, reading: 0 };
        subscriptions.set(port, subscription);
        confirm(port, subscription);
      });
      port.onDisconnect.addListener(() => subscriptions.delete(port));
    },

    publish(event) {
      for (const [port, subscription] of subscriptions) {
        if (!subscription || !matchesFilter(subscription.filter, event)) continue;
        if (subscription.waiting) subscription.waiting.push(event);
        else send(port, event);
      }
    },

    resync() {
      // `live/ready` is what makes a view refetch (utils/live.ts); views not yet subscribed get it when they do.
      for (const [port, subscription] of subscriptions) {
        if (subscription) confirm(port, subscription);
      }
    },

    get size() {
      return subscriptions.size;
    },
  };
}
