/**
 * The lesson pages of www.3blue1brown.com: their panel, and the lesson clock in the YouTube embed frame inside
 * them, reached only through here (utils/embed-relay.ts). The router has already checked each sender's page and
 * frame (utils/protocol-senders.ts); every message to a frame names its tab and frame.
 */
import { browser } from 'wxt/browser';
import { embedPlayerCommand, embedReadingPush } from '@/utils/embed-relay';
import { seriesVideoOfEmbed } from '@/utils/lesson-pages';
import type { RequestHandlers, Sender } from './router';

type LessonHandlers = Pick<RequestHandlers, 'lesson/load' | 'lesson/attach-embed' | 'lesson/player' | 'embed/reading'>;

function tabOf(sender: Sender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('only a tab can ask for this');
  return tabId;
}

/** Each frame of the tab that shows a series video's embed, by asking every frame Margin may enter for its address. */
async function seriesEmbedFrames(tabId: number): Promise<number[]> {
  const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => location.href });
  return results
    .filter((result) => result.frameId !== 0 && typeof result.result === 'string' && seriesVideoOfEmbed(result.result) !== null)
    .map((result) => result.frameId);
}

export function lessonEmbedHandlers(): LessonHandlers {
  return {
    async 'lesson/load'(_payload, sender) {
      await browser.scripting.executeScript({ target: { tabId: tabOf(sender), frameIds: [0] }, files: ['/lesson-panel.js'] });
      return { loaded: true };
    },
    async 'lesson/attach-embed'(_payload, sender) {
      const tabId = tabOf(sender);
      const frames = await seriesEmbedFrames(tabId);
      await Promise.all(
        frames.map(async (frameId) => {
          const target = { tabId, frameIds: [frameId] };
          // The player's API lives in the embed's main world (as on youtube.com); without it the clock reads the <video>.
          await browser.scripting
            .executeScript({ target, files: ['/clock-bridge.js'], world: 'MAIN' })
            .catch((error: unknown) => console.warn('[Margin] no player bridge in the embed:', error));
          await browser.scripting.executeScript({ target, files: ['/embed-frame.js'] });
        }),
      );
      return { frames };
    },
    async 'lesson/player'({ frameId, ...request }, sender) {
      const answer: unknown = await browser.tabs
        .sendMessage(tabOf(sender), embedPlayerCommand(request), { frameId })
        .catch(() => undefined);
      return { done: typeof answer === 'object' && answer !== null && (answer as { done?: unknown }).done === true };
    },
    async 'embed/reading'(reading, sender) {
      const frameId = sender.frameId;
      if (frameId === undefined) throw new Error('only a frame can send readings');
      // To the page's frame 0 only: its panel is the one reader. A page without one yet simply misses this reading.
      await browser.tabs.sendMessage(tabOf(sender), embedReadingPush(frameId, reading), { frameId: 0 }).catch(() => undefined);
      return null;
    },
  };
}
