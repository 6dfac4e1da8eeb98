import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelController } from '@/utils/panel-contract';

export function createPanelController(_ctx: ContentScriptContext): PanelController {
  return {
    async show(videoId) {
      console.log('show', videoId);
    },
    hide() {},
  };
}
