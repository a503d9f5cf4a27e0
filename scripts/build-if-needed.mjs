// `npm start` and `npm run cli` build first when the compiled output is missing or older than the
// sources, so a fresh clone needs only `npm install && npm start`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const marker = join(root, 'dist', 'main.js');
const inputs = [join(root, 'src')]
  .map(newest)
  .concat(
    ['tsconfig.json', 'tsconfig.build.json', 'package.json'].map(
      (file) => statSync(join(root, file)).mtimeMs,
    ),
  );
if (!existsSync(marker) || statSync(marker).mtimeMs < Math.max(...inputs)) {
  console.error('Building (sources changed since the last build)...');
  execFileSync(process.execPath, [join(root, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
}
