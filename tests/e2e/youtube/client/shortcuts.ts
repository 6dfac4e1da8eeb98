/**
 * YouTube's keyboard shortcuts, as document-level listeners: some in the CAPTURE phase on window (they run
 * before anything on the way down, so stopping an event at a shadow root does not keep them from it) and the
 * rest in the bubbling phase on document. Like YouTube, keys typed "into an input" are ignored, judged by
 * `event.target`: a key typed inside an extension's shadow root arrives with the shadow host as target and so
 * still fires. Every shortcut that fires is recorded for tests.
 */
import type { ShortcutRecord } from '../page-data';
import type { Layout } from './layout';
import type { Player } from './player';

export interface ShortcutContext {
  player: Player;
  layout: Layout;
  isWatchPage(): boolean;
  record(entry: ShortcutRecord): void;
}

type Handler = (context: ShortcutContext, key: string) => string;

const SEEK: Record<string, number> = { j: -10, l: 10, ArrowLeft: -5, ArrowRight: 5 };

function seekBy(context: ShortcutContext, key: string): string {
  const delta = SEEK[key] ?? 0;
  context.player.seekTo(context.player.video.currentTime + delta);
  return `seek${delta > 0 ? '+' : ''}${delta}`;
}

function volume(context: ShortcutContext, key: string): string {
  const video = context.player.video;
  const step = key === 'ArrowUp' ? 0.05 : -0.05;
  video.volume = Math.min(1, Math.max(0, Math.round((video.volume + step) * 100) / 100));
  return key === 'ArrowUp' ? 'volume-up' : 'volume-down';
}

function seekToTenth(context: ShortcutContext, key: string): string {
  const duration = context.player.video.duration;
  if (Number.isFinite(duration)) context.player.seekTo((Number(key) / 10) * duration);
  return `seek-to-${key}0%`;
}

// Handled before anything else sees the key, like YouTube's own capture-phase listeners.
const CAPTURE: Record<string, Handler> = {
  k: ({ player }) => player.togglePlay(),
  ' ': ({ player }) => player.togglePlay(),
  f: ({ layout }) => (layout.toggleFullscreen(), 'fullscreen'),
  m: ({ player }) => ((player.video.muted = !player.video.muted), player.video.muted ? 'mute' : 'unmute'),
};

const BUBBLE: Record<string, Handler> = {
  j: seekBy,
  l: seekBy,
  ArrowLeft: seekBy,
  ArrowRight: seekBy,
  ArrowUp: volume,
  ArrowDown: volume,
  t: ({ layout }) => (layout.toggleTheater(), 'theater'),
  ...Object.fromEntries([...'0123456789'].map((digit) => [digit, seekToTenth])),
};

/** YouTube's own test for "the user is typing": it looks at the event's target only. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.matches('input, textarea, select') || target.isContentEditable);
}

function listener(handlers: Record<string, Handler>, phase: ShortcutRecord['phase'], context: ShortcutContext) {
  return (event: KeyboardEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return;
    if (event.key === '/' && phase === 'bubble') {
      event.preventDefault();
      document.querySelector<HTMLInputElement>('input#search')?.focus();
      context.record({ key: event.key, action: 'focus-search', phase });
      return;
    }
    const handler = handlers[event.key];
    if (!handler || !context.isWatchPage()) return;
    // YouTube prevents the default action, which is why a key meant for an input elsewhere can vanish.
    event.preventDefault();
    context.record({ key: event.key, action: handler(context, event.key), phase });
  };
}

export function installShortcuts(context: ShortcutContext): void {
  addEventListener('keydown', listener(CAPTURE, 'capture', context), { capture: true });
  document.addEventListener('keydown', listener(BUBBLE, 'bubble', context));
}
