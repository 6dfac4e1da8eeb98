/**
 * Who may send which request, beyond "this extension" (which the router checks first for every request). Most
 * requests come from any of Margin's views; the lesson-page requests only from where their code runs: the
 * lesson page's requests from frame 0 of a www.3blue1brown.com lesson page, the embed's readings from a series
 * video's YouTube embed frame inside such a page. A Margin script anywhere else (a YouTube tab, a stray frame)
 * cannot drive another tab's player or feed a lesson page readings. Pure.
 */
import { isLessonSitePage, seriesVideoOfEmbed } from './lesson-pages';
import type { RequestType } from './protocol';

/** What the browser says of a message's sender (runtime.MessageSender's fields used here). */
export interface SenderFacts {
  url?: string;
  frameId?: number;
  tab?: { url?: string };
}

const lessonPageTop = (sender: SenderFacts) => sender.tab !== undefined && sender.frameId === 0 && isLessonSitePage(sender.url);

const embedInLessonPage = (sender: SenderFacts) =>
  sender.tab !== undefined &&
  typeof sender.frameId === 'number' &&
  sender.frameId > 0 &&
  seriesVideoOfEmbed(sender.url ?? '') !== null &&
  isLessonSitePage(sender.tab.url);

const RULES: Partial<Record<RequestType, (sender: SenderFacts) => boolean>> = {
  'lesson/load': lessonPageTop,
  'lesson/attach-embed': lessonPageTop,
  'lesson/player': lessonPageTop,
  'embed/reading': embedInLessonPage,
};

export function senderMayAsk(type: RequestType, sender: SenderFacts): boolean {
  return RULES[type]?.(sender) ?? true;
}
