// Generated artifacts must match the code: schema.gql (npm run schema) and the migrations
// (npm run migration:generate -- Name). These tests fail on drift and say how to fix it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAppSchema } from '../src/graphql/schema-printer';
import { startTestApp, type TestApp } from './helpers/test-app';

describe('generated artifacts', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('should have schema.gql equal to the schema the code generates (run `npm run schema`)', () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(printAppSchema(sut.app)).toBe(committed);
  });

  it('should need no new migration after the committed ones (run `npm run migration:generate -- Name`)', async () => {
    expect(await sut.dataSource.showMigrations()).toBe(false);
    const pending = await sut.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});
