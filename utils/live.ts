/**
 * The views' side of live push: `subscribeLive(filter, onEvent, signal)`. Keeps one port open to the background
 * while `signal` is not aborted; when the worker stops (MV3 stops it whenever it likes) the port drops, and this
 * reconnects and subscribes again. Every time a subscription is confirmed the view receives `resync`: refetch
 * then, since changes made while disconnected were not pushed. The first `resync` comes right after subscribing,
 * so a view can do all its fetching there.
 */
import { extensionRuntime } from './messaging';
import { LIVE_PORT_NAME, readLivePush, type LessonSnapshot, type LiveEvent, type LiveFilter, type LiveSubscribe } from './live-protocol';

/** `resync` with `lesson`: a subscription `withNotes` was confirmed with what a refetch would have fetched. */
export type LiveUpdate = LiveEvent | { type: 'resync'; lesson?: LessonSnapshot };

/** The part of `runtime.Port` this needs. */
export interface LiveClientPort {
  postMessage(message: LiveSubscribe): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface LiveOptions {
  connect?: () => LiveClientPort;
  /** Waits before each reconnection attempt in a row; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** Each confirmation brings the filter's video's notes and the settings (a panel: see LiveSubscribe). */
  withNotes?: boolean;
}

const connectToBackground = (): LiveClientPort => extensionRuntime().connect({ name: LIVE_PORT_NAME });

export function subscribeLive(
  filter: LiveFilter,
  onEvent: (update: LiveUpdate) => void,
  signal: AbortSignal,
  { connect = connectToBackground, retryDelaysMs = [50, 500, 2000, 10_000], withNotes = false }: LiveOptions = {},
): void {
  let port: LiveClientPort | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;

  const open = () => {
    if (signal.aborted) return;
    let current: LiveClientPort;
    try {
      current = connect();
    } catch {
      return; // The extension was reloaded or updated under this page: there is no background to reach any more.
    }
    port = current;
    current.onMessage.addListener((message) => {
      const push = port === current && !signal.aborted ? readLivePush(message) : undefined;
      if (!push) return;
      if (push.type === 'live/ready') {
        failures = 0;
        onEvent(push.lesson ? { type: 'resync', lesson: push.lesson } : { type: 'resync' });
      } else {
        onEvent(push);
      }
    });
    current.onDisconnect.addListener(() => {
      if (port !== current || signal.aborted) return;
      port = undefined;
      const delay = retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)] ?? 1000;
      failures += 1;
      retryTimer = setTimeout(open, delay);
    });
    try {
      current.postMessage({ margin: 1, type: 'live/subscribe', filter, ...(withNotes && 'videoId' in filter ? { withNotes: true as const } : {}) });
    } catch {
      // Disconnected already; onDisconnect schedules the next attempt.
    }
  };

  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(retryTimer);
      port?.disconnect();
      port = undefined;
    },
    { once: true },
  );
  open();
}
