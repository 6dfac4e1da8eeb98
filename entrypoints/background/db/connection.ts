/**
 * Opens the database on first use and again whenever the connection went away. The worker may be stopped at any
 * moment, so the connection is only a cache: losing it loses nothing.
 */
import { openMarginDb, type MarginDatabase, type OpenHooks } from './schema';
import { storageError } from './storage-errors';

export type Connect = () => Promise<MarginDatabase>;

type Open = (hooks: OpenHooks) => Promise<MarginDatabase>;

export function lazyDatabase(open: Open = (hooks) => openMarginDb(undefined, hooks)): Connect {
  let pending: Promise<MarginDatabase> | undefined;
  return () => {
    if (pending) return pending;
    const forget = () => {
      if (pending === attempt) pending = undefined;
    };
    const attempt: Promise<MarginDatabase> = Promise.resolve()
      .then(() => open({ onGone: forget }))
      .catch((error: unknown) => {
        forget(); // the next request tries again instead of failing forever
        throw storageError(error, 'open');
      });
    pending = attempt;
    return attempt;
  };
}
