/**
 * Everything a lesson's first paint needs, asked for together the moment the lesson is recognised, before the
 * panel has rendered anything: the settings (collapsed? which tab?), the lesson's catalog and, once the settings
 * say which tab is open, that tab's part (YouTube's panel asks for its ticks' part too: lazy-markers.ts). Each
 * request runs alongside the others and alongside the live subscription that brings the notes, rather than each
 * waiting for the render the one before it allowed. What fails here is asked again, and reported, by the component
 * that needs it.
 */
import type { EarlyAnswers } from '@/utils/panel-contract';
import { loadPanelPart, type PanelPart } from '@/utils/panel-parts';
import type { SeriesVideoId } from '@/utils/series-ids';
import type { PanelTab } from '@/utils/settings';
import { prefetchLesson } from './useLessonCatalog';
import { prefetchSettings } from './usePanelData';

const TAB_PARTS: Record<PanelTab, PanelPart | null> = { moments: null, glossary: 'glossary', notes: 'notes' };

const ignore = () => undefined;

/**
 * `early`: the settings and the catalog, asked for already (by the content script, with the panel's code).
 * Resolves once the settings and the catalog are in (or could not be had).
 */
export function prefetchPanel(videoId: SeriesVideoId, { early }: { early?: EarlyAnswers | undefined } = {}): Promise<unknown> {
  const settings = prefetchSettings(early?.settings);
  const lesson = prefetchLesson(videoId, early?.lesson).catch(ignore);
  void settings.then((known) => {
    const part = known && !known.panelCollapsed ? TAB_PARTS[known.activeTab] : null;
    if (part) void loadPanelPart(part).catch(ignore);
  });
  return Promise.all([settings, lesson]);
}
