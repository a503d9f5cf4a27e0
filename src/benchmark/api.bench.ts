// The API under a large registry: imports the generated 10,000-processor document through the same
// service the CLI and importRegistry use (timing it and sampling memory), then times the assessment
// read through GraphQL with only the summary, and checks that SQL per request stays constant.
// Not a Jest test: `npm run benchmark:api` (builds first), or `node dist/benchmark/api.bench.js
// [--processors=10000] [--engagements=50000] [--runs=5]`. Uses a temporary SQLite file.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../app.module';
import { configureHttp } from '../app.setup';
import { RegistryDocumentService } from '../registry/document/registry-document.service';
import {
  BENCHMARK_AS_OF,
  DEFAULT_LARGE_REGISTRY_OPTIONS,
  generateLargeRegistry,
  toRegistryDocument,
} from './large-registry';

function numberOption(name: string, fallback: number): number {
  const argument = process.argv.find((candidate) => candidate.startsWith(`--${name}=`));
  return argument === undefined ? fallback : Number(argument.slice(name.length + 3));
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs work while sampling the process's resident memory; returns the time and the peak. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakRss: number }> {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const start = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - start, peakRss: Math.max(peakRss, process.memoryUsage().rss) };
  } finally {
    clearInterval(sampler);
  }
}

async function main(): Promise<void> {
  const processors = numberOption('processors', DEFAULT_LARGE_REGISTRY_OPTIONS.processors);
  const engagements = numberOption('engagements', DEFAULT_LARGE_REGISTRY_OPTIONS.engagements);
  const runs = numberOption('runs', 5);
  const folder = mkdtempSync(join(tmpdir(), 'registry-bench-'));
  Object.assign(process.env, {
    DATABASE_URL: `sqlite:${join(folder, 'bench.sqlite')}`,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'error',
  });
  const app = await NestFactory.create(AppModule, { bodyParser: false, logger: ['error'] });
  configureHttp(app, { requestBodyLimitBytes: 4 * 1024 * 1024 });
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer() as import('node:http').Server;
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  const rows: [string, string][] = [];
  try {
    const document = toRegistryDocument(generateLargeRegistry({ processors, engagements }));
    const size = Buffer.byteLength(JSON.stringify(document));
    const rssBefore = process.memoryUsage().rss;
    const imported = await measured(() => app.get(RegistryDocumentService).import(document, 'MERGE', false));
    rows.push([
      `import ${processors} processors, ${engagements} engagements (${megabytes(size)} JSON)`,
      `${(imported.ms / 1000).toFixed(1)} s, RSS ${megabytes(rssBefore)} → peak ${megabytes(imported.peakRss)}`,
    ]);
    const reimport = await measured(() => app.get(RegistryDocumentService).import(document, 'MERGE', true));
    rows.push(['dry-run re-import (all unchanged)', `${(reimport.ms / 1000).toFixed(1)} s`]);

    const post = async (query: string) => {
      const start = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { ms: performance.now() - start, statements: response.headers.get('x-sql-statements'), body };
    };
    const summaryQuery = `{ transferAssessment(asOf: "${BENCHMARK_AS_OF}") { summary { transfers covered atRisk notCovered critical warning info } } }`;
    const timings: number[] = [];
    let last: Awaited<ReturnType<typeof post>> | undefined;
    for (let run = 0; run < runs; run++) {
      last = await post(summaryQuery);
      timings.push(last.ms);
    }
    rows.push([
      'transferAssessment { summary } over HTTP (median)',
      `${median(timings).toFixed(0)} ms, ${last!.statements} SQL statements, ${JSON.stringify((last!.body as { data: unknown }).data)}`,
    ]);
    const page = await post(
      '{ processors(first: 50) { totalCount edges { node { key country { name } engagedBy { key client { key } } subprocessors { key processor { key } } } } } }',
    );
    rows.push([
      'processors(first: 50) with relations',
      `${page.ms.toFixed(0)} ms, ${page.statements} SQL statements`,
    ]);
  } finally {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

void main();
