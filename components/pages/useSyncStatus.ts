import { useEffect, useState } from 'preact/hooks';
import { subscribeLive } from '@/utils/live';
import { sendRequest } from '@/utils/messaging';
import type { SyncStatus } from '@/utils/sync-status';

export interface SyncView {
  /** Undefined until the background answered. */
  status: SyncStatus | undefined;
  /** The `syncEnabled` setting; undefined until read. */
  enabled: boolean | undefined;
  problem: string;
  setEnabled(enabled: boolean): void;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Sync's state and its switch, kept current by the background's pushes (each pass sends its status). */
export function useSyncStatus(): SyncView {
  const [status, setStatus] = useState<SyncStatus>();
  const [enabled, setEnabledState] = useState<boolean>();
  const [problem, setProblem] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    const refetch = async () => {
      try {
        const [current, settings] = await Promise.all([sendRequest('sync/status', {}), sendRequest('settings/get', {})]);
        if (controller.signal.aborted) return;
        setStatus(current);
        setEnabledState(settings.syncEnabled);
        setProblem('');
      } catch (error) {
        if (!controller.signal.aborted) setProblem(`Margin could not read the state of sync: ${describe(error)}`);
      }
    };
    subscribeLive(
      { all: true },
      (update) => {
        if (update.type === 'resync') void refetch();
        else if (update.type === 'sync/changed') setStatus(update.status);
        else if (update.type === 'settings/changed') setEnabledState(update.settings.syncEnabled);
      },
      controller.signal,
    );
    return () => controller.abort();
  }, []);

  const setEnabled = (value: boolean) => {
    setEnabledState(value);
    sendRequest('settings/set', { syncEnabled: value }).catch((error: unknown) => {
      setEnabledState(!value);
      setProblem(`Margin could not change sync: ${describe(error)}`);
    });
  };
  return { status, enabled, problem, setEnabled };
}
