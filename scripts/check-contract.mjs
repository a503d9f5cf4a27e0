// Checks schema.gql against the shared GraphQL contract (../shared/spec/graphql-contract.graphql).
// Where is ../shared? Next to this checkout; or, for a clone of a local checkout (as CI and the
// README's fresh-clone check make), next to the checkout it was cloned from; or in SHARED_DIR.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);

function originCheckout() {
  try {
    const origin = execFileSync('git', ['remote', 'get-url', 'origin'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return isAbsolute(origin) && existsSync(origin) ? origin : undefined;
  } catch {
    return undefined;
  }
}

const candidates = [
  process.env.SHARED_DIR,
  join(dirname(root), 'shared'),
  originCheckout() && join(dirname(originCheckout()), 'shared'),
];
const shared = candidates.find((folder) => folder && existsSync(join(folder, 'tools', 'check-contract.mjs')));
if (!shared) {
  console.log(
    `Contract check skipped: no shared/ folder found (looked in ${candidates.filter(Boolean).join(', ')}; set SHARED_DIR).`,
  );
  process.exit(process.env.CI ? 1 : 0);
}
execFileSync(
  process.execPath,
  [
    join(shared, 'tools', 'check-contract.mjs'),
    'schema.gql',
    join(shared, 'spec', 'graphql-contract.graphql'),
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
