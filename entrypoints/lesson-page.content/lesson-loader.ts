/** Loads the lesson page's panel on the first lesson of the series, then shows, moves or hides the one panel. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendRequest } from '@/utils/messaging';
import { registeredPanelFactory, type PanelController } from '@/utils/panel-contract';

let controller: PanelController | undefined;
// Changes are applied one after another, so a quick lesson → elsewhere → lesson never mounts two panels.
let queue: Promise<void> = Promise.resolve();

async function apply(ctx: ContentScriptContext, videoId: string | null): Promise<void> {
  if (ctx.isInvalid) return;
  if (videoId === null) {
    controller?.hide();
    return;
  }
  if (!controller) {
    if (!registeredPanelFactory()) await sendRequest('lesson/load', {});
    const create = registeredPanelFactory();
    if (!create) throw new Error('the lesson panel script did not register itself');
    controller = create(ctx);
  }
  await controller.show(videoId);
}

export function showLessonPanel(ctx: ContentScriptContext, videoId: string | null): void {
  queue = queue
    .then(() => apply(ctx, videoId))
    .catch((error: unknown) => console.warn('[Margin] the panel could not be shown:', error));
}
