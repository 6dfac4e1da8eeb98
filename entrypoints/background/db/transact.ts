/**
 * The two ways the stores touch the database. A write is answered only once its transaction has completed,
 * and any failure aborts the whole transaction, so a change is either all saved or not at all.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { Connect } from './connection';
import type { MarginDatabase, MarginDB } from './schema';
import { storageError } from './storage-errors';

type Store = StoreNames<MarginDB>;
export type WriteTransaction<S extends Store> = IDBPTransaction<MarginDB, [S], 'readwrite'>;
export type WriteTransactionOver<S extends Store[]> = IDBPTransaction<MarginDB, S, 'readwrite'>;

/**
 * Runs `body` in one readwrite transaction on `store`. `body` may await only this transaction's requests:
 * awaiting anything else lets the transaction commit half way.
 */
export function write<S extends Store, T>(
  connect: Connect,
  store: S,
  body: (tx: WriteTransaction<S>) => Promise<T>,
): Promise<T> {
  return writeAcross(connect, [store], (tx) => body(tx));
}

/** As `write`, over several stores at once: a change to all of them is saved together or not at all. */
export async function writeAcross<S extends Store[], T>(
  connect: Connect,
  stores: [...S],
  body: (tx: WriteTransactionOver<S>) => Promise<T>,
): Promise<T> {
  const db = await connect();
  let tx: WriteTransactionOver<S>;
  try {
    tx = db.transaction(stores, 'readwrite');
  } catch (error) {
    throw storageError(error, 'save');
  }
  // Rejects when the transaction aborts; observed at once so that an abort is never an unhandled rejection.
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const value = await body(tx);
    await done;
    return value;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the browser (the usual way a failed request ends a transaction).
    }
    throw storageError(error, 'save');
  }
}

export async function read<T>(connect: Connect, body: (db: MarginDatabase) => Promise<T>): Promise<T> {
  const db = await connect();
  try {
    return await body(db);
  } catch (error) {
    throw storageError(error, 'read');
  }
}
