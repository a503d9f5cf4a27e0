import { type DataSourceOptions } from 'typeorm';
import { type DatabaseTarget } from '../config/database-url';
import { ENTITIES } from './entities';
import { CountingQueryLogger } from './query-counter';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The one set of DataSource options, used by the app, the CLI, the tests and the TypeORM CLI. */
export function dataSourceOptions(
  target: DatabaseTarget,
  log?: (message: string) => void,
): DataSourceOptions {
  return {
    type: 'better-sqlite3',
    database: target.file,
    // WAL lets readers go on while a writer commits; pointless for an in-memory database.
    enableWAL: target.file !== ':memory:',
    entities: ENTITIES,
    migrations: SQLITE_MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    // SQLite's built-in lower() folds ASCII only; searches must find "Åhléns" from "åhl" as PostgreSQL does.
    prepareDatabase: (database: {
      function: (name: string, options: object, implementation: (value: unknown) => unknown) => void;
    }) =>
      database.function('lower', { deterministic: true }, (value) =>
        typeof value === 'string' ? value.toLowerCase() : value,
      ),
    namingStrategy: new SnakeNamingStrategy(),
    // Every statement is counted per request (x-sql-statements header); logged at LOG_LEVEL=verbose.
    logging: true,
    logger: new CountingQueryLogger(log),
  };
}
