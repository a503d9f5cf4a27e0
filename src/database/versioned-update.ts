import { type ObjectLiteral, type Repository } from 'typeorm';
import { type QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { VersionConflictError } from '../common/domain-error';

/** Rows with optimistic concurrency: a version bumped on every change. */
export interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
}

/** Refuses an update that names a version other than the one stored (the caller read a stale row). */
export function assertExpectedVersion(
  what: string,
  expected: number | null | undefined,
  current: Versioned,
): void {
  if (expected !== null && expected !== undefined && expected !== current.version) {
    throw new VersionConflictError(what, expected, current.version);
  }
}

/**
 * Writes `changes` and bumps the version, only if the row is still at the version read: a concurrent
 * writer in between (possible on PostgreSQL) turns into a VersionConflictError instead of a lost update.
 */
export async function updateVersioned<T extends Versioned>(
  repository: Repository<T>,
  current: T,
  changes: QueryDeepPartialEntity<T>,
  what: string,
): Promise<void> {
  const result = await repository
    .createQueryBuilder()
    .update()
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id: current.id, version: current.version })
    .execute();
  if (result.affected === 0) {
    const now = await repository.findOneByOrFail({ id: current.id } as never);
    throw new VersionConflictError(what, current.version, now.version);
  }
}
