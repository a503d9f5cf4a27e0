import { isAbsolute, resolve } from 'node:path';

/** What DATABASE_URL selects. PostgreSQL is planned (see README); only SQLite is wired today. */
/** `file` is a path, or ':memory:' for an in-memory database. */
export type DatabaseTarget = { driver: 'sqlite'; file: string };

export type ParsedDatabaseUrl = { ok: true; target: DatabaseTarget } | { ok: false; error: string };

/**
 * `sqlite:data/registry.sqlite` (relative to the working directory), `sqlite:/abs/path.sqlite`,
 * `sqlite::memory:`.
 */
export function parseDatabaseUrl(url: string, cwd: string = process.cwd()): ParsedDatabaseUrl {
  const trimmed = url.trim();
  if (trimmed.startsWith('sqlite:')) {
    const location = trimmed.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (location === ':memory:') return { ok: true, target: { driver: 'sqlite', file: ':memory:' } };
    if (location === '')
      return { ok: false, error: 'sqlite: needs a file path, e.g. sqlite:data/registry.sqlite' };
    return {
      ok: true,
      target: { driver: 'sqlite', file: isAbsolute(location) ? location : resolve(cwd, location) },
    };
  }
  if (/^postgres(ql)?:/.test(trimmed)) {
    return {
      ok: false,
      error: 'postgres: is not supported yet (planned); use sqlite:<file> or sqlite::memory:',
    };
  }
  return {
    ok: false,
    error: `must start with sqlite: (e.g. sqlite:data/registry.sqlite or sqlite::memory:), got "${url}"`,
  };
}
