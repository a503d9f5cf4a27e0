// The command line: a Nest application context (no HTTP) sharing modules and the DataSource with the API.
//   npm run cli -- import FILE [--replace] [--dry-run]
//   npm run cli -- export [FILE]
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CommonModule } from './common/common.module';
import { DomainError, InputValidationError } from './common/domain-error';
import { AppConfigModule } from './config/config.module';
import { InvalidEnvironmentError, parseEnvironment } from './config/environment';
import { DatabaseModule } from './database/database.module';
import {
  formatOfFile,
  parseDocumentText,
  serializeDocument,
} from './registry/document/registry-document.codec';
import { RegistryDocumentService } from './registry/document/registry-document.service';
import { RegistryModule } from './registry/registry.module';

const USAGE = `Usage:
  npm run cli -- import FILE [--replace] [--dry-run]   import a registry document (.json, .yaml, .yml)
  npm run cli -- export [FILE]                          export the registry (stdout when no FILE)

  --replace   the registry becomes exactly the document (default: merge by key)
  --dry-run   validate and count what would change; write nothing`;

@Module({
  imports: [AppConfigModule, CommonModule, DatabaseModule, RegistryModule],
})
class CliModule {}

/** Where the CLI writes: stdout and stderr, or any writable stream (the tests capture its output). */
export interface CliOutput {
  out: Pick<NodeJS.WritableStream, 'write'>;
  err: Pick<NodeJS.WritableStream, 'write'>;
}

const parseCommandLine = (argv: string[]) =>
  parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      replace: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });

export async function runCli(
  argv: string[],
  io: CliOutput = { out: process.stdout, err: process.stderr },
): Promise<number> {
  let commandLine: ReturnType<typeof parseCommandLine>;
  try {
    commandLine = parseCommandLine(argv);
  } catch (error) {
    // An unknown option is a usage error like an unknown command, not a crash.
    io.err.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const { positionals, values } = commandLine;
  const [command, file] = positionals;
  if (values.help || !command) {
    io.out.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (command !== 'import' && command !== 'export') {
    io.err.write(`Unknown command "${command}".\n${USAGE}\n`);
    return 2;
  }
  if (command === 'import' && !file) {
    io.err.write(`import needs a FILE.\n${USAGE}\n`);
    return 2;
  }
  parseEnvironment();
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    const documents = app.get(RegistryDocumentService);
    if (command === 'export') {
      const text = serializeDocument(await documents.export(), file ? formatOfFile(file) : 'json');
      if (file) writeFileSync(file, text);
      else io.out.write(text);
      return 0;
    }
    const document = parseDocumentText(readFileSync(file, 'utf8'), formatOfFile(file));
    const result = await documents.import(
      document,
      values.replace ? 'REPLACE' : 'MERGE',
      values['dry-run'] ?? false,
    );
    io.out.write(
      `${result.dryRun ? 'Dry run, nothing written: would have ' : ''}created ${result.created}, updated ${result.updated}, ` +
        `deleted ${result.deleted}, unchanged ${result.unchanged}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof InputValidationError) {
      io.err.write(`Not imported: ${error.problems.length} problem(s) in ${file}; nothing was changed.\n`);
      for (const problem of error.problems) io.err.write(`  ${problem.path}: ${problem.message}\n`);
      return 1;
    }
    if (error instanceof DomainError) {
      io.err.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof InvalidEnvironmentError) console.error(error.message);
      else if (error instanceof Error && 'code' in error && (error as { code?: string }).code === 'ENOENT')
        console.error(error.message);
      else console.error(error);
      process.exit(1);
    },
  );
}
