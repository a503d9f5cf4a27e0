// Times assess() on the generated large registry and prints a small table. Not a Jest test: run it with
// `node dist/benchmark/assessment.bench.js [--processors=10000] [--engagements=50000] [--controllers=3]
// [--max-depth=8] [--runs=5] [--seed=N]`; add `--expose-gc` to node for steadier heap figures.
import { assess } from '../assessment/core';
import {
  BENCHMARK_AS_OF,
  benchmarkReference,
  DEFAULT_LARGE_REGISTRY_OPTIONS,
  generateLargeRegistry,
  type LargeRegistryOptions,
  toRegistryDocument,
} from './large-registry';

function numberOption(name: string, fallback: number): number {
  const argument = process.argv.find((candidate) => candidate.startsWith(`--${name}=`));
  if (argument === undefined) return fallback;
  const value = Number(argument.slice(name.length + 3));
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function milliseconds(value: number): string {
  return `${value.toFixed(0)} ms`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timed<T>(work: () => T): { result: T; elapsed: number } {
  const start = performance.now();
  const result = work();
  return { result, elapsed: performance.now() - start };
}

function main(): void {
  const options: LargeRegistryOptions = {
    controllers: numberOption('controllers', DEFAULT_LARGE_REGISTRY_OPTIONS.controllers),
    processors: numberOption('processors', DEFAULT_LARGE_REGISTRY_OPTIONS.processors),
    engagements: numberOption('engagements', DEFAULT_LARGE_REGISTRY_OPTIONS.engagements),
    maxDepth: numberOption('max-depth', DEFAULT_LARGE_REGISTRY_OPTIONS.maxDepth),
    seed: numberOption('seed', DEFAULT_LARGE_REGISTRY_OPTIONS.seed),
  };
  const runs = Math.max(1, numberOption('runs', 5));
  const reference = benchmarkReference();

  const generation = timed(() => generateLargeRegistry(options));
  const registry = generation.result;
  const serialisation = timed(() => JSON.stringify(toRegistryDocument(registry)));

  const durations: number[] = [];
  const heapGrowth: number[] = [];
  let assessment = assess(registry, reference, { asOf: BENCHMARK_AS_OF }); // warm-up
  for (let run = 0; run < runs; run++) {
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const measured = timed(() => assess(registry, reference, { asOf: BENCHMARK_AS_OF }));
    heapGrowth.push(process.memoryUsage().heapUsed - heapBefore);
    durations.push(measured.elapsed);
    assessment = measured.result;
  }
  collectGarbage();
  const memory = process.memoryUsage();
  const filtered = timed(() =>
    assess(registry, reference, { asOf: BENCHMARK_AS_OF, controllerKey: registry.controllers[0].key }),
  );

  const rows: [string, string][] = [
    [
      'registry',
      `${options.controllers} controllers, ${options.processors} processors, ${options.engagements} engagements, depth ${options.maxDepth}`,
    ],
    ['generate registry', milliseconds(generation.elapsed)],
    [
      'registry document (JSON)',
      `${megabytes(serialisation.result.length)} in ${milliseconds(serialisation.elapsed)}`,
    ],
    [
      'transfers',
      `${assessment.summary.transfers} (covered ${assessment.summary.covered}, at risk ${assessment.summary.atRisk}, not covered ${assessment.summary.notCovered})`,
    ],
    [
      'findings',
      `${assessment.findings.length} (critical ${assessment.summary.critical}, warning ${assessment.summary.warning}, info ${assessment.summary.info})`,
    ],
    [`assess() median of ${runs}`, milliseconds(median(durations))],
    [
      'assess() min / max',
      `${milliseconds(Math.min(...durations))} / ${milliseconds(Math.max(...durations))}`,
    ],
    [
      'assess() one controller',
      `${milliseconds(filtered.elapsed)} (${filtered.result.transfers.length} transfers)`,
    ],
    ['heap growth per assess() (median)', megabytes(median(heapGrowth))],
    ['heap used after runs', megabytes(memory.heapUsed)],
    ['resident set size', megabytes(memory.rss)],
    [
      'node',
      `${process.version}${typeof (globalThis as { gc?: unknown }).gc === 'function' ? ', --expose-gc' : ''}`,
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log('Transfer assessor benchmark');
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}

main();
