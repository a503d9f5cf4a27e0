import { type DataSource } from 'typeorm';

/**
 * Runs the DataSource's transactions one at a time. better-sqlite3 has a single connection, and
 * TypeORM hands every transaction that one query runner: two transactions that overlap in time (two
 * requests, or two assessments with different arguments in one request) would share one BEGIN, the
 * second failing with "cannot start a transaction within a transaction" and its ROLLBACK undoing the
 * first's writes. Queued, each gets the connection's transaction to itself.
 *
 * Applies to `dataSource.transaction(...)` and `dataSource.manager.transaction(...)`; a nested
 * `manager.transaction(...)` on the transaction's own manager is a savepoint and is not queued.
 */
export function serializeTransactions(dataSource: DataSource): DataSource {
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let queue: Promise<unknown> = Promise.resolve();
  const queued = (...args: unknown[]): Promise<unknown> => {
    const result = queue.then(() => transaction(...args));
    queue = result.catch(() => undefined);
    return result;
  };
  manager.transaction = queued;
  return dataSource;
}
