/** Loads the panel's code on the first series video, then shows, moves or hides the one panel of this tab. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendRequest } from '@/utils/messaging';
import { registeredPanelFactory, type EarlyAnswers, type PanelController } from '@/utils/panel-contract';
import type { SeriesVideoId } from '@/utils/series-ids';

let controller: PanelController | undefined;
/** The context the controller was made for: a context started again after a forged stop gets a new one. */
let controllerCtx: ContentScriptContext | undefined;
// Changes are applied one after another, so a quick A → elsewhere → B never mounts two panels.
let queue: Promise<void> = Promise.resolve();

async function loadController(ctx: ContentScriptContext): Promise<PanelController> {
  if (!registeredPanelFactory()) await sendRequest('panel/load', {});
  const create = registeredPanelFactory();
  if (!create) throw new Error('the panel script did not register itself');
  return create(ctx);
}

/** Asked for while the panel's code is on its way (see EarlyAnswers); a failure is the panel's to report. */
function askEarly(videoId: string): EarlyAnswers {
  const early = {
    settings: sendRequest('settings/get', {}),
    lesson: sendRequest('catalog/get', { videoId: videoId as SeriesVideoId }),
  };
  for (const answer of Object.values(early)) answer.catch(() => undefined);
  return early;
}

async function apply(ctx: ContentScriptContext, videoId: string | null): Promise<void> {
  if (ctx.isInvalid) return;
  if (controller && controllerCtx !== ctx) {
    controller.hide();
    controller = undefined;
  }
  if (videoId === null) {
    controller?.hide();
    return;
  }
  let early: EarlyAnswers | undefined;
  if (!controller) {
    early = registeredPanelFactory() ? undefined : askEarly(videoId);
    controller = await loadController(ctx);
    controllerCtx = ctx;
  }
  await controller.show(videoId, early);
}

export function showPanelFor(ctx: ContentScriptContext, videoId: string | null): void {
  queue = queue
    .then(() => apply(ctx, videoId))
    .catch((error: unknown) => console.warn('[Margin] the panel could not be shown:', error));
}
