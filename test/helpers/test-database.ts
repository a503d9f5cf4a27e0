// A real SQLite database in memory, with the migrations applied and the countries loaded: for unit
// tests of services that are constructed directly with `new` (no Nest container).
import { DataSource } from 'typeorm';
import { DATA_DIR } from '../../src/common/project-root';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { CountryCatalogue } from '../../src/reference/country-catalogue';
import { Country } from '../../src/reference/country.entity';

let catalogue: CountryCatalogue | undefined;

/** The country catalogue from data/, read once per test file. */
export function testCatalogue(): CountryCatalogue {
  catalogue ??= CountryCatalogue.fromFile(DATA_DIR);
  return catalogue;
}

export async function createTestDatabase(): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions({ driver: 'sqlite', file: ':memory:' }));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const countries = testCatalogue()
    .all()
    .map(({ code, region }) => ({ code, region }));
  await dataSource.getRepository(Country).insert(countries);
  return dataSource;
}
