import { DataSource } from 'typeorm';
import { AdequacyDecision } from '../reference/adequacy/adequacy-decision.entity';
import { Country } from '../reference/country.entity';
import { dataSourceOptions } from './data-source-options';
import { serializeTransactions } from './serialized-transactions';

describe(serializeTransactions.name, () => {
  let sut: DataSource;

  beforeEach(async () => {
    sut = serializeTransactions(new DataSource(dataSourceOptions({ driver: 'sqlite', file: ':memory:' })));
    await sut.initialize();
    await sut.runMigrations({ transaction: 'each' });
    await sut.getRepository(Country).insert([
      { code: 'GB', region: 'THIRD_COUNTRY' },
      { code: 'US', region: 'THIRD_COUNTRY' },
    ]);
  });
  afterEach(() => sut.destroy());

  const insert = (id: string, countryCode: string) =>
    sut.transaction(async (manager) => {
      const repository = manager.getRepository(AdequacyDecision);
      await repository.insert({
        id,
        countryCode,
        legalAct: id,
        adoptedOn: '2020-01-01',
        effectiveFrom: '2020-01-01',
        expiresOn: null,
        revokedOn: null,
        scope: 'FULL',
        certificationScheme: null,
        contested: false,
        sourceUrl: 'https://example.org',
        notes: null,
        origin: 'LOCAL',
        locallyEditedAt: null,
      });
      // Give the other transaction every chance to start in between.
      await new Promise((resolve) => setTimeout(resolve, 5));
      return repository.count();
    });

  it('should run overlapping transactions one after the other, both committed', async () => {
    const counts = await Promise.all([insert('first', 'GB'), insert('second', 'US')]);

    expect(counts).toEqual([1, 2]);
    expect(await sut.getRepository(AdequacyDecision).count()).toBe(2);
  });

  it('should roll back only the failing one, and go on after it', async () => {
    const results = await Promise.allSettled([
      insert('first', 'GB'),
      sut.transaction(async (manager) => {
        await manager.query("UPDATE adequacy_decision SET notes = 'x'");
        throw new Error('refused');
      }),
      insert('third', 'US'),
    ]);

    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const decisions = await sut.getRepository(AdequacyDecision).find({ order: { id: 'ASC' } });
    expect(decisions.map(({ id, notes }) => ({ id, notes }))).toEqual([
      { id: 'first', notes: null },
      { id: 'third', notes: null },
    ]);
  });
});
