/**
 * A later part of the panel (utils/panel-parts.ts) for a component to render: undefined until it has arrived,
 * asked for once `wanted` (the tab that needs it is open, say), and rendered the moment it arrives.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { loadPanelPart, registeredPanelPart, type PanelPart } from '@/utils/panel-parts';

export interface PanelPartState<T> {
  part: T | undefined;
  /** Why it could not be loaded, in words for the learner; '' while all is well. */
  problem: string;
}

export function usePanelPart<T>(name: PanelPart, wanted: boolean): PanelPartState<T> {
  const [part, setPart] = useState(() => registeredPanelPart<T>(name));
  const [problem, setProblem] = useState('');
  // A layout effect: a part already on its way (panel-prefetch.ts) renders the moment it arrives, not after the
  // frame that follows this render.
  useLayoutEffect(() => {
    if (!wanted || part) return undefined;
    let live = true;
    loadPanelPart<T>(name).then(
      (loaded) => {
        if (!live) return;
        setProblem('');
        setPart(() => loaded);
      },
      (error: unknown) => {
        if (live) setProblem(`Margin could not load this part of the panel: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [name, wanted, part]);
  return { part, problem };
}
