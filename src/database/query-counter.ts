import { AsyncLocalStorage } from 'node:async_hooks';
import { type Logger as TypeOrmLogger } from 'typeorm';

/** SQL statements issued while serving one request: for tests and the benchmark's "constant SQL" check. */
export const sqlStatementCounter = new AsyncLocalStorage<{ statements: number }>();

/** Counts every statement into the current request's counter; logs them too when asked. */
export class CountingQueryLogger implements TypeOrmLogger {
  constructor(private readonly write?: (message: string) => void) {}

  logQuery(query: string): void {
    const counter = sqlStatementCounter.getStore();
    if (counter) counter.statements++;
    this.write?.(query);
  }

  logQueryError(error: string | Error, query: string): void {
    this.write?.(`failed: ${query}: ${String(error)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.write?.(`slow (${time} ms): ${query}`);
  }

  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.write?.(message);
  }
  log(): void {}
}
