import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '@/utils/messaging';
import { subscribeLive } from '@/utils/live';
import type { Settings } from '@/utils/settings';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The learner's settings on a page, live (a change in the panel shows here at once), and how to change them. */
export function useSettings(): { settings: Settings | null; problem: string; change: (change: Partial<Settings>) => void } {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    const controller = new AbortController();
    const refetch = () =>
      sendRequest('settings/get', {}).then(
        (fresh) => !controller.signal.aborted && setSettings(fresh),
        (error: unknown) => !controller.signal.aborted && setProblem(`Margin could not read your settings: ${describe(error)}`),
      );
    subscribeLive(
      { all: true },
      (update) => {
        if (update.type === 'resync') void refetch();
        else if (update.type === 'settings/changed') setSettings(update.settings);
      },
      controller.signal,
    );
    return () => controller.abort();
  }, []);
  const change = (next: Partial<Settings>) => {
    setSettings((current) => current && { ...current, ...next });
    sendRequest('settings/set', next).then(
      (saved) => {
        setSettings(saved);
        setProblem('');
      },
      (error: unknown) => setProblem(`Margin could not save this setting: ${describe(error)}`),
    );
  };
  return { settings, problem, change };
}
