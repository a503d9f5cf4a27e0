import { registerAs } from '@nestjs/config';
import { parseDatabaseUrl, type DatabaseTarget } from './database-url';
import { parseEnvironment } from './environment';

export function databaseTargetFromEnvironment(source: Record<string, unknown> = process.env): DatabaseTarget {
  const parsed = parseDatabaseUrl(parseEnvironment(source).DATABASE_URL);
  if (!parsed.ok) throw new Error(`DATABASE_URL ${parsed.error}`); // unreachable: validated above
  return parsed.target;
}

export const databaseConfig = registerAs('database', () => ({ target: databaseTargetFromEnvironment() }));
