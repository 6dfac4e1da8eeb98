/**
 * The panel's life on a lesson page of www.3blue1brown.com: the same panel as on youtube.com (PanelApp), in a
 * closed shadow root deaf to scripted events, beside the lesson's video (below it on narrow screens), reading
 * and seeking the embedded player through the background (embed-clock.ts). No progress-bar ticks here: the bar
 * is inside YouTube's frame.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelController } from '@/utils/panel-contract';
import { isSeriesVideoId, type SeriesVideoId } from '@/utils/series-ids';
import { lessonPageUrl } from '@/utils/lesson-pages';
import { parseYouTubeUrl } from '@/utils/youtube-url';
import { guardPanelKeys } from '@/entrypoints/youtube.content/key-guard';
import { listenForCommands } from '@/entrypoints/margin-panel/commands';
import { PanelApp } from '@/entrypoints/margin-panel/PanelApp';
import { createPanelHost, type PanelHost } from '@/entrypoints/margin-panel/panel-host';
import type { ProgressMarkers } from '@/entrypoints/margin-panel/progress-markers';
import { prefetchPanel } from '@/components/panel-prefetch';
import css from '@/components/panel.css?inline';
import lessonCss from './lesson-page.css?inline';
import { createEmbedClock, type EmbedClock } from './embed-clock';
import { attachToEmbed, embedOf, facadeOf, followSiteTheme, keepBesideVideo } from './lesson-page';
import { LessonFrame } from './LessonFrame';

const NO_MARKERS: ProgressMarkers = { set: () => undefined };

/** Links in the panel to another lesson open its lesson page on this site (the second is YouTube's to keep). */
function navigateOnSite(href: string): void {
  const id = parseYouTubeUrl(new URL(href, location.href))?.videoId;
  location.assign((id && lessonPageUrl(id)) ?? href);
}

export function createLessonController(ctx: ContentScriptContext): PanelController {
  guardPanelKeys(ctx);
  let ui: PanelHost | undefined;
  let session: { videoId: SeriesVideoId; controller: AbortController; clock: EmbedClock } | undefined;

  const end = () => {
    session?.controller.abort();
    session = undefined;
  };
  ctx.onInvalidated(end);

  return {
    async show(id) {
      if (!isSeriesVideoId(id)) return;
      prefetchPanel(id);
      ui ??= createPanelHost(ctx, `${css}\n${lessonCss}`);
      if (session?.videoId === id) return;
      if (session) {
        end();
        ui.remove();
      }
      const controller = new AbortController();
      const { signal } = controller;
      const clock = createEmbedClock({
        lesson: id,
        startPlayer: () => {
          const facade = facadeOf(document, id);
          facade?.click();
          return facade !== null;
        },
        embedShown: () => embedOf(document, id) !== null,
        signal,
      });
      session = { videoId: id, controller, clock };
      keepBesideVideo(document, id, ui.shadowHost, signal);
      followSiteTheme(document, ui.shadowHost, signal);
      attachToEmbed(document, id, signal, () => clock.refresh());
      render(
        <LessonFrame clock={clock}>
          <PanelApp
            videoId={id}
            player={clock}
            navigate={navigateOnSite}
            commands={listenForCommands(signal)}
            overlayRoot={() => null}
            markers={NO_MARKERS}
            floating={false}
          />
        </LessonFrame>,
        ui.uiContainer,
      );
    },
    hide() {
      end();
      ui?.remove();
    },
  };
}
