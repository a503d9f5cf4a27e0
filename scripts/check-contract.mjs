// Checks schema.gql against the shared GraphQL contract when ../shared is present (it is on CI and
// on developer machines set up as described in the README).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const tool = new URL('../../shared/tools/check-contract.mjs', import.meta.url).pathname;
const contract = new URL('../../shared/spec/graphql-contract.graphql', import.meta.url).pathname;
if (!existsSync(tool)) {
  console.log(`Contract check skipped: ${tool} not found.`);
  process.exit(process.env.CI ? 1 : 0);
}
execFileSync(process.execPath, [tool, 'schema.gql', contract], { stdio: 'inherit' });
