// The command line (src/cli.ts) on a real SQLite file per test: import (JSON, YAML, --dry-run,
// --replace), export (stdout, .json, .yaml), byte-stable round trips and the errors a user sees.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import YAML from 'yaml';
import { runCli } from '../src/cli';
import { InvalidEnvironmentError } from '../src/config/environment';
import {
  controllerItemFactory,
  documentFactory,
  engagementItemFactory,
  processorItemFactory,
} from './factories/registry.factory';

const DEMO_PATH = join(__dirname, '..', 'data', 'demo-registry.json');
const EMPTY_EXPORT = `${JSON.stringify({ version: 1, controllers: [], processors: [], engagements: [] }, null, 2)}\n`;

interface CliRun {
  code: number;
  out: string;
  err: string;
}

describe('runCli', () => {
  const originalDatabaseUrl = process.env.DATABASE_URL;
  let folder: string;
  let databaseCount = 0;

  /** Runs the CLI with its output captured. */
  const cli = async (...argv: string[]): Promise<CliRun> => {
    const out = new PassThrough();
    const err = new PassThrough();
    const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
    out.on('data', (chunk: Buffer) => chunks.out.push(chunk));
    err.on('data', (chunk: Buffer) => chunks.err.push(chunk));
    const code = await runCli(argv, { out, err });
    return {
      code,
      out: Buffer.concat(chunks.out).toString('utf8'),
      err: Buffer.concat(chunks.err).toString('utf8'),
    };
  };
  /** Points the CLI at a fresh database file. */
  const useNewDatabase = (): string => {
    const file = join(folder, `registry-${++databaseCount}.sqlite`);
    process.env.DATABASE_URL = `sqlite:${file}`;
    return file;
  };
  const write = (name: string, content: string): string => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };
  const exported = async (): Promise<string> => {
    const run = await cli('export');
    expect(run).toMatchObject({ code: 0, err: '' });
    return run.out;
  };

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'registry-cli-'));
  });
  beforeEach(() => {
    useNewDatabase();
  });
  afterAll(() => {
    process.env.DATABASE_URL = originalDatabaseUrl;
    rmSync(folder, { recursive: true, force: true });
  });

  describe('import', () => {
    it('should import a JSON document and report the counts', async () => {
      const run = await cli('import', DEMO_PATH);

      expect(run).toEqual({ code: 0, out: 'created 61, updated 0, deleted 0, unchanged 0\n', err: '' });
      expect(JSON.parse(await exported()).processors).toHaveLength(25);
    });

    it('should import a YAML document to the same registry as its JSON form', async () => {
      const yaml = write('demo.yaml', YAML.stringify(JSON.parse(readFileSync(DEMO_PATH, 'utf8'))));
      await cli('import', DEMO_PATH);
      const fromJson = await exported();
      useNewDatabase();

      const run = await cli('import', yaml);

      expect(run).toEqual({ code: 0, out: 'created 61, updated 0, deleted 0, unchanged 0\n', err: '' });
      expect(await exported()).toBe(fromJson);
    });

    it('should accept .yml files and country aliases in YAML', async () => {
      const yml = write(
        'small.yml',
        'version: 1\ncontrollers:\n  - key: acme-uk\n    name: Acme UK Ltd\n    country: uk\n',
      );

      const run = await cli('import', yml);

      expect(run.code).toBe(0);
      expect(JSON.parse(await exported()).controllers).toEqual([
        { key: 'acme-uk', name: 'Acme UK Ltd', country: 'GB', registrationNumber: null },
      ]);
    });

    it('should write nothing with --dry-run but report what would change', async () => {
      const run = await cli('import', DEMO_PATH, '--dry-run');

      expect(run).toEqual({
        code: 0,
        out: 'Dry run, nothing written: would have created 61, updated 0, deleted 0, unchanged 0\n',
        err: '',
      });
      expect(await exported()).toBe(EMPTY_EXPORT);
    });

    it('should delete what the document does not hold with --replace', async () => {
      await cli('import', DEMO_PATH);
      const small = write(
        'small.json',
        JSON.stringify(
          documentFactory.build({
            controllers: [controllerItemFactory.build({ key: 'acme' })],
            processors: [processorItemFactory.build({ key: 'vendor' })],
            engagements: [engagementItemFactory.build({ client: 'acme', processor: 'vendor' })],
          }),
        ),
      );

      const merged = await cli('import', small, '--dry-run');
      const replaced = await cli('import', small, '--replace');

      expect(merged.out).toBe(
        'Dry run, nothing written: would have created 3, updated 0, deleted 0, unchanged 0\n',
      );
      expect(replaced).toEqual({ code: 0, out: 'created 3, updated 0, deleted 61, unchanged 0\n', err: '' });
      const document = JSON.parse(await exported());
      expect([document.controllers.length, document.processors.length, document.engagements.length]).toEqual([
        1, 1, 1,
      ]);
    });

    it('should refuse a bad document with exit code 1, every problem on stderr and nothing changed', async () => {
      await cli('import', DEMO_PATH);
      const before = await exported();
      const bad = write(
        'bad.json',
        JSON.stringify({
          version: 1,
          controllers: [{ key: 'softmore-se', name: 'Renamed AB', country: 'XX' }],
          processors: [{ key: 'new', name: 'New', country: 'SE', nickname: 'n' }],
          engagements: [
            engagementItemFactory.build({ client: 'softmore-se', processor: 'nobody' }),
            engagementItemFactory.build({
              client: 'softmore-se',
              processor: 'fortnox',
              dpa: { status: 'SIGNED', signedOn: '2023-02-30' },
            }),
          ],
        }),
      );

      const run = await cli('import', bad);

      expect(run.code).toBe(1);
      expect(run.out).toBe('');
      expect(run.err.split('\n')).toEqual([
        `Not imported: 4 problem(s) in ${bad}; nothing was changed.`,
        '  /processors/0/nickname: unknown field "nickname"; allowed here: key, name, country, registrationNumber, parentCountry, publicBody, certifications',
        expect.stringMatching(/^ {2}\/controllers\/0\/country: unknown country code "XX"/),
        '  /engagements/0/processor: no processor with key "nobody" in the document or the registry',
        '  /engagements/1/dpa/signedOn: "2023-02-30" is not a real calendar date',
        '',
      ]);
      expect(await exported()).toBe(before);
    });

    it('should name the line and column of malformed JSON', async () => {
      const malformed = write(
        'malformed.json',
        '{\n  "version": 1,\n  "controllers": [\n    { "key": "a", }\n  ]\n}\n',
      );

      const run = await cli('import', malformed);

      expect(run.code).toBe(1);
      expect(run.err).toContain(`Not imported: 1 problem(s) in ${malformed}; nothing was changed.`);
      expect(run.err).toContain('/: malformed JSON: ');
      expect(run.err).toContain('(line 4, column 19)');
    });

    it('should name the line and column of malformed JSON that V8 reports without a position', async () => {
      const malformed = write('malformed-token.json', '{\n  "version": 1,\n  "controllers": ]\n}\n');

      const run = await cli('import', malformed);

      expect(run.code).toBe(1);
      expect(run.err).toContain('(line 3, column 18)');
    });

    it('should name the line and column of malformed YAML', async () => {
      const malformed = write('malformed.yaml', 'version: 1\ncontrollers:\n  - key: a\n   name: A\n');

      const run = await cli('import', malformed);

      expect(run.code).toBe(1);
      expect(run.err).toContain('/: malformed YAML: ');
      expect(run.err).toContain('at line 4, column 1');
    });

    it('should fail naming a file that does not exist, writing nothing', async () => {
      const missing = join(folder, 'missing.json');

      await expect(cli('import', missing)).rejects.toThrow(expect.objectContaining({ code: 'ENOENT' }));
      await expect(cli('import', missing)).rejects.toThrow(missing);
      expect(await exported()).toBe(EMPTY_EXPORT);
    });
  });

  describe('export', () => {
    beforeEach(async () => {
      expect((await cli('import', DEMO_PATH)).code).toBe(0);
    });

    it('should write the canonical JSON document to stdout', async () => {
      const run = await cli('export');
      const document = JSON.parse(run.out);

      expect(run.code).toBe(0);
      expect(run.out.endsWith('}\n')).toBe(true);
      expect(run.out).toBe(`${JSON.stringify(document, null, 2)}\n`);
      expect(Object.keys(document)).toEqual(['version', 'controllers', 'processors', 'engagements']);
      expect(document.engagements).toHaveLength(34);
    });

    it.each([
      ['JSON', 'registry.json', (text: string): unknown => JSON.parse(text)],
      ['YAML', 'registry.yaml', (text: string): unknown => YAML.parse(text)],
    ])(
      'should write %s to a FILE, nothing to stdout, with the same content',
      async (_format, name, parse) => {
        const file = join(folder, `${databaseCount}-${name}`);

        const run = await cli('export', file);

        expect(run).toEqual({ code: 0, out: '', err: '' });
        expect(parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(await exported()));
      },
    );

    it.each(['json', 'yaml'])('should round-trip byte for byte through a .%s file', async (extension) => {
      const first = join(folder, `${databaseCount}-first.${extension}`);
      const second = join(folder, `${databaseCount}-second.${extension}`);
      await cli('export', first);
      useNewDatabase();

      const imported = await cli('import', first);
      await cli('export', second);

      expect(imported.out).toBe('created 61, updated 0, deleted 0, unchanged 0\n');
      expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    });

    it('should find everything unchanged when its own export is imported again', async () => {
      const file = join(folder, `${databaseCount}-again.json`);
      await cli('export', file);

      const run = await cli('import', file);

      expect(run.out).toBe('created 0, updated 0, deleted 0, unchanged 61\n');
    });
  });

  describe('usage', () => {
    it.each([
      ['an unknown command', ['frobnicate'], /^Unknown command "frobnicate"\.\nUsage:/],
      ['import without a FILE', ['import'], /^import needs a FILE\.\nUsage:/],
      ['an unknown option', ['import', DEMO_PATH, '--force'], /Unknown option '--force'[\s\S]*Usage:/],
    ])('should answer %s with exit code 2 and the usage on stderr', async (_case, argv, message) => {
      const run = await cli(...argv);

      expect(run.code).toBe(2);
      expect(run.out).toBe('');
      expect(run.err).toMatch(message);
    });

    it('should print the usage with exit code 2 when no command is given, and 0 with --help', async () => {
      const bare = await cli();
      const help = await cli('--help');

      expect(bare.code).toBe(2);
      expect(help.code).toBe(0);
      expect(help.out).toBe(bare.out);
      expect(help.out).toContain('npm run cli -- import FILE [--replace] [--dry-run]');
    });

    it('should refuse an invalid DATABASE_URL naming the variable', async () => {
      process.env.DATABASE_URL = 'mysql://localhost/registry';

      const run = cli('export');

      await expect(run).rejects.toThrow(InvalidEnvironmentError);
      await expect(run).rejects.toThrow(/DATABASE_URL must start with sqlite:/);
    });
  });
});
