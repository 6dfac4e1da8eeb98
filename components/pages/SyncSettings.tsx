import { useEffect, useState } from 'preact/hooks';
import { describeSync } from '@/utils/sync-status';
import { useSyncStatus } from './useSyncStatus';

/** "5 minutes ago" grows older while the page stays open. */
function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * Sync with the learner's other browsers: the switch, and where it stands (last sync, how many notes fit).
 * In the popup and on the options page.
 */
export function SyncSettings() {
  const { status, enabled, problem, setEnabled } = useSyncStatus();
  const now = useNow();
  return (
    <section class="sync" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync between your browsers</h2>
      <label>
        <input
          type="checkbox"
          checked={enabled ?? false}
          disabled={enabled === undefined}
          onChange={(event) => setEnabled(event.currentTarget.checked)}
        />
        Sync notes, watch progress and settings through this browser's own sync
      </label>
      <p class="sync-state" role="status">
        {status ? describeSync(status, now) : ''}
      </p>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
