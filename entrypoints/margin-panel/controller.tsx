/**
 * The panel's life on the page: mounted once when a series video opens, re-rendered for the next series video,
 * removed on any other page. Everything it starts (observers, listeners) hangs off one AbortController per
 * mount, so SPA navigation never leaks or doubles a panel.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelController } from '@/utils/panel-contract';
import { isSeriesVideoId } from '@/utils/series-ids';
import { createPanelHost, type PanelHost } from './panel-host';
import { createYouTubeClock } from './youtube-clock';
import { keepPanelPlaced } from './placement';
import type { SlotKind } from '@/utils/panel-slot';
import { followTheme } from './theme';
import { followTouch } from './touch';
import { onPageHost, wantsTouchTargets } from '@/utils/phone-site';
import { navigateWithinYouTube } from './navigate';
import { listenForCommands } from './commands';
import { createPlayerOverlay } from './overlay';
import type { ProgressMarkers } from './progress-markers';
import { createLazyProgressMarkers, prefetchTicks } from './lazy-markers';
import { PanelApp } from './PanelApp';
import { keepOrphanedText, textBeingWritten } from './orphan-keeper';
import { isOrphaned } from '@/utils/messaging';
import { prefetchPanel } from '@/components/panel-prefetch';
import { prefetchSettings } from '@/components/usePanelData';
import css from '@/components/panel.css?inline';

/** How long a fresh panel waits for answers asked for with its code before it paints without them. */
const FIRST_PAINT_WAIT_MS = 300;

interface Session {
  controller: AbortController;
  overlayRoot: () => HTMLElement | null;
  markers: ProgressMarkers;
}

export function createPanelController(ctx: ContentScriptContext): PanelController {
  const player = createYouTubeClock(document, ctx.signal);
  const commands = listenForCommands(ctx.signal);
  // On the phone site the panel's www.youtube.com links stay on m.youtube.com.
  const navigate = (href: string) => navigateWithinYouTube(onPageHost(href, location.href));
  let ui: PanelHost | undefined;
  let session: Session | undefined;
  let videoId: string | null = null;
  let slot: SlotKind = 'side';

  // Margin updated or reloaded under this tab: the panel is about to go (its host is removed on invalidation,
  // registered after this), so what is being written moves to a card of its own first.
  // Whatever invalidated it, this panel's watchers stop with it, or they would put it back and fight the new
  // Margin's panel for its place.
  ctx.onInvalidated(() => {
    if (isOrphaned() && ui) keepOrphanedText(document, textBeingWritten([ui.uiContainer, session?.overlayRoot()]));
    session?.controller.abort();
    session = undefined;
  });

  const renderPanel = () => {
    if (!ui || !session || !videoId || !isSeriesVideoId(videoId)) return;
    render(
      <PanelApp
        videoId={videoId}
        player={player}
        navigate={navigate}
        commands={commands}
        overlayRoot={session.overlayRoot}
        markers={session.markers}
        floating={slot === 'floating'}
        touch={wantsTouchTargets(location.hostname, matchMedia('(pointer: coarse)').matches)}
      />,
      ui.uiContainer,
    );
  };

  /** Mounts the host and keeps it placed: in YouTube's columns, or floating when the page has none. */
  const mount = (ready: PanelHost, current: Session) => {
    const { signal } = current.controller;
    keepPanelPlaced(document, ready.shadowHost, signal, {
      shadow: ready.shadow,
      onSlot: (kind) => {
        slot = kind;
        renderPanel();
      },
    });
    followTheme(document, ready.shadowHost, signal);
    followTouch(document, ready.shadowHost, signal);
    renderPanel();
  };

  return {
    async show(id, early) {
      videoId = id;
      // Readings count for this lesson only once the player confirms it shows it (the old one may play on).
      player.expect(id);
      // The first paint needs the learner's settings and the lesson's catalog (asked for already by the content
      // script with the panel's code: `early`) and the open tab's part: all asked for now, together, while YouTube
      // is still building the page.
      const needed = isSeriesVideoId(id) ? prefetchPanel(id, { early }) : prefetchSettings(early?.settings);
      if (isSeriesVideoId(id)) prefetchTicks();
      ui ??= createPanelHost(ctx, css);
      if (session) {
        renderPanel();
        return;
      }
      // Answers already on their way (usually here before YouTube has built the column) are waited for, briefly, so
      // that the first paint is the lesson rather than an empty panel that fills in frames later.
      if (early) await Promise.race([needed, new Promise((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS))]);
      if (ctx.isInvalid || videoId !== id || session) return;
      const controller = new AbortController();
      session = {
        controller,
        overlayRoot: createPlayerOverlay(document, css, controller.signal),
        markers: createLazyProgressMarkers(document, player, controller.signal),
      };
      mount(ui, session);
    },
    hide() {
      videoId = null;
      slot = 'side';
      ui?.remove();
      session?.controller.abort();
      session = undefined;
    },
  };
}
