// What a newcomer does after `npm install`: `npm start`. Runs it on a new SQLite file and a spare
// port, waits for the playground and the demo registry, then stops it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folder = mkdtempSync(join(tmpdir(), 'registry-smoke-'));
const port = 3000 + Math.floor(Math.random() * 1000) + 1000;
const database = join(folder, 'registry.sqlite');
const child = spawn('npm', ['start'], {
  env: { ...process.env, PORT: String(port), DATABASE_URL: `sqlite:${database}` },
  stdio: ['ignore', 'inherit', 'inherit'],
});

async function check() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const page = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
      const html = await page.text();
      const api = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ controllers { key } processors(first: 1) { totalCount } }' }),
      });
      const result = await api.json();
      if (!html.toLowerCase().includes('graphiql'))
        throw new Error('GET /graphql did not return the playground');
      if (result.data?.controllers?.length !== 2)
        throw new Error(`unexpected answer: ${JSON.stringify(result)}`);
      if (!existsSync(database)) throw new Error(`${database} was not created`);
      console.log(
        `Smoke test passed: playground served, demo registry with ${result.data.processors.totalCount} processors.`,
      );
      return;
    } catch (error) {
      if (Date.now() + 1000 >= deadline) throw error;
      if (error?.cause?.code !== 'ECONNREFUSED' && !String(error).includes('fetch failed')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  throw new Error('the service did not answer within 120 s');
}

try {
  await check();
} finally {
  child.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
}
