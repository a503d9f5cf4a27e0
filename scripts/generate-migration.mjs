// npm run migration:generate -- Name
// Brings a scratch SQLite database up to date with the committed migrations, asks TypeORM for the
// SQL that takes it to the current entities, writes it as a new migration and registers it in
// src/database/migrations/sqlite/index.ts. Read the generated file before committing it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- NameInPascalCase');
  process.exit(2);
}
const folder = join(root, 'src', 'database', 'migrations', 'sqlite');
const scratch = mkdtempSync(join(tmpdir(), 'registry-migration-'));
const env = { ...process.env, DATABASE_URL: `sqlite:${join(scratch, 'scratch.sqlite')}` };
const typeorm = (...args) =>
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'typeorm', 'cli.js'),
      ...args,
      '-d',
      join(root, 'dist', 'database', 'data-source.js'),
    ],
    {
      cwd: root,
      env,
      stdio: 'inherit',
    },
  );
try {
  typeorm('migration:run');
  const before = new Set(readdirSync(folder));
  typeorm('migration:generate', join(folder, name), '--pretty');
  const created = readdirSync(folder).filter((file) => !before.has(file) && file.endsWith('.ts'));
  if (created.length !== 1) throw new Error(`expected one new migration file, found ${created.length}`);
  const file = created[0].replace(/\.ts$/, '');
  const className = /export class (\w+)/.exec(readFileSync(join(folder, created[0]), 'utf8'))[1];
  const indexPath = join(folder, 'index.ts');
  let index = readFileSync(indexPath, 'utf8');
  const lines = index.split('\n');
  const lastImport = lines.map((line) => line.startsWith('import ')).lastIndexOf(true);
  lines.splice(lastImport + 1, 0, `import { ${className} } from './${file}';`);
  index = lines.join('\n');
  index = index.replace(/export const SQLITE_MIGRATIONS: Function\[\] = \[(.*?)\];/s, (_, list) => {
    const entries = list
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    return `export const SQLITE_MIGRATIONS: Function[] = [${[...entries, className].join(', ')}];`;
  });
  writeFileSync(indexPath, index);
  console.log(`Registered ${className} in ${indexPath}. Read the migration before committing it.`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
