import { VersionConflictError } from '../common/domain-error';
import { type DataSource } from 'typeorm';
import { engagementInputFactory } from '../../test/factories/registry.factory';
import { createTestDatabase } from '../../test/helpers/test-database';
import { InputValidationError } from '../common/domain-error';
import { sqlStatementCounter } from '../database/query-counter';
import { EngagementsService } from './engagements.service';
import { type PartyKind } from './entities/party.entity';
import { PartiesService } from './parties.service';
import { DuplicateKeyError, EngagementNotFoundError } from './registry.errors';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe(EngagementsService.name, () => {
  let dataSource: DataSource;
  let sut: EngagementsService;

  const party = (kind: PartyKind, key: string) =>
    new PartiesService(dataSource).create(kind, {
      key,
      name: `${key} AB`,
      countryCode: 'SE',
      registrationNumber: null,
      parentCountryCode: null,
      publicBody: false,
      certifications: [],
    });
  const engagementCount = async (): Promise<number> =>
    (await dataSource.query<{ count: number }[]>('SELECT count(*) AS count FROM engagement'))[0].count;

  beforeEach(async () => {
    dataSource = await createTestDatabase();
    sut = new EngagementsService(dataSource, new PartiesService(dataSource));
    await party('CONTROLLER', 'acme');
    await party('PROCESSOR', 'vendor');
    await party('PROCESSOR', 'sub');
  });
  afterEach(() => dataSource.destroy());

  describe('create', () => {
    it('should derive the key and store the normalised fields', async () => {
      const created = await sut.create(
        engagementInputFactory.build({
          client: 'acme',
          processor: 'vendor',
          service: 'Support',
          dpa: { status: 'SIGNED', signedOn: '2024-01-01', expiresOn: '2026-01-01' },
          locations: [{ country: 'US', activity: 'REMOTE_ACCESS' }],
          safeguards: [{ mechanism: 'SCC_2021', module: 'C2P', countries: ['US'] }],
        }),
      );

      expect(created).toMatchObject({
        key: 'acme/vendor/Support',
        version: 1,
        authorisation: null,
        purposes: [],
        dpa: { status: 'SIGNED', signedOn: '2024-01-01', expiresOn: '2026-01-01', reference: null },
        locations: [{ country: 'US', activity: 'REMOTE_ACCESS' }],
        safeguards: [
          { mechanism: 'SCC_2021', module: 'C2P', signedOn: null, countries: ['US'], tiaCompletedOn: null },
        ],
      });
    });

    it.each([
      ['a controller client', 'acme', undefined, null],
      ['a processor client without one', 'vendor', undefined, 'NONE'],
      ['a processor client with one', 'vendor', 'GENERAL', 'GENERAL'],
    ] as const)('should set the authorisation for %s', async (_case, client, authorisation, expected) => {
      const created = await sut.create(
        engagementInputFactory.build({ client, processor: 'sub', authorisation }),
      );

      expect(created.authorisation).toBe(expected);
    });

    it('should list every problem at once and store nothing', async () => {
      const create = sut.create(
        engagementInputFactory.build({
          client: 'nobody',
          processor: 'acme',
          dpa: { status: 'SIGNED', signedOn: '2024-02-02', expiresOn: '2024-02-01' },
          locations: [{ country: 'XX', activity: 'HOSTING' }],
          safeguards: [{ mechanism: 'SCC_2021', countries: ['QQ'] }],
        }),
      );

      await expect(create).rejects.toThrow(InputValidationError);
      await expect(create).rejects.toMatchObject({
        problems: [
          { path: 'input.client', message: 'no controller or processor with key "nobody"' },
          {
            path: 'input.processor',
            message: '"acme" is a controller; only a processor can be engaged as processor',
          },
          { path: 'input.dpa.expiresOn', message: 'expiresOn 2024-02-01 is before signedOn 2024-02-02' },
          { path: 'input.locations.0.country', message: expect.stringContaining('"XX"') },
          { path: 'input.safeguards.0.countries.0', message: expect.stringContaining('"QQ"') },
        ],
      });
      expect(await engagementCount()).toBe(0);
    });

    it('should refuse an authorisation when the client is a controller', async () => {
      await expect(
        sut.create(
          engagementInputFactory.build({ client: 'acme', processor: 'vendor', authorisation: 'NONE' }),
        ),
      ).rejects.toMatchObject({
        problems: [{ path: 'input.authorisation' }],
      });
    });

    it('should refuse a key another engagement has', async () => {
      await sut.create(engagementInputFactory.build({ client: 'acme', processor: 'vendor', key: 'taken' }));

      await expect(
        sut.create(engagementInputFactory.build({ client: 'acme', processor: 'sub', key: 'taken' })),
      ).rejects.toThrow(DuplicateKeyError);
      expect(await engagementCount()).toBe(1);
    });

    it('should name the service when a derived key is too long', async () => {
      await party('PROCESSOR', `p${'x'.repeat(99)}`);

      const create = sut.create(
        engagementInputFactory.build({
          client: 'acme',
          processor: `p${'x'.repeat(99)}`,
          service: 's'.repeat(200),
        }),
      );

      await expect(create).rejects.toMatchObject({
        problems: [{ path: 'input.service', message: 'is 306 characters long; at most 300 are allowed' }],
      });
    });
  });

  describe('update', () => {
    let id: string;

    beforeEach(async () => {
      id = (
        await sut.create(
          engagementInputFactory.build({
            client: 'acme',
            processor: 'vendor',
            service: 'Hosting',
            purposes: ['a'],
          }),
        )
      ).id;
    });

    it('should change the fields given, keep the others and bump the version', async () => {
      const updated = await sut.update(id, { purposes: ['b'], processor: 'sub', version: 1 });

      expect(updated).toMatchObject({
        key: 'acme/vendor/Hosting',
        purposes: ['b'],
        service: 'Hosting',
        version: 2,
      });
      expect(updated.processorId).toBe((await new PartiesService(dataSource).findManyByKey(['sub']))[0].id);
    });

    it('should give NONE when the client becomes a processor and clear it when it becomes a controller again', async () => {
      const toProcessor = await sut.update(id, { client: 'vendor', processor: 'sub' });
      const toController = await sut.update(id, { client: 'acme' });

      expect(toProcessor.authorisation).toBe('NONE');
      expect(toController.authorisation).toBeNull();
    });

    it('should refuse a stale version and change nothing', async () => {
      await sut.update(id, { purposes: ['b'] });

      await expect(sut.update(id, { purposes: ['c'], version: 1 })).rejects.toThrow(VersionConflictError);
      expect(await sut.findById(id)).toMatchObject({ purposes: ['b'], version: 2 });
    });

    it('should refuse a new key another engagement has', async () => {
      await sut.create(engagementInputFactory.build({ client: 'acme', processor: 'sub', key: 'other' }));

      await expect(sut.update(id, { key: 'other' })).rejects.toThrow(
        'The key "other" is already used by an engagement',
      );
    });

    it('should refuse a controller as processor and an authorisation for a controller client', async () => {
      await expect(sut.update(id, { processor: 'acme', authorisation: 'GENERAL' })).rejects.toMatchObject({
        problems: [{ path: 'input.processor' }, { path: 'input.authorisation' }],
      });
      expect(await sut.findById(id)).toMatchObject({ version: 1 });
    });

    it('should answer not found for an unknown id', async () => {
      await expect(sut.update(UNKNOWN_ID, { service: 'x' })).rejects.toThrow(EngagementNotFoundError);
    });
  });

  describe('delete', () => {
    it('should delete an engagement and answer its id and key', async () => {
      const { id } = await sut.create(
        engagementInputFactory.build({ client: 'acme', processor: 'vendor', key: 'gone' }),
      );

      expect(await sut.delete(id)).toEqual({ id, key: 'gone' });
      expect(await sut.findById(id)).toBeNull();
      await expect(sut.delete(id)).rejects.toThrow(`No engagement with id "${id}"`);
    });
  });

  describe('loader queries', () => {
    it('should find the engagements of many clients or processors in one statement each, in key order', async () => {
      const [acme, vendor, sub] = await Promise.all(
        ['acme', 'vendor', 'sub'].map((key) =>
          new PartiesService(dataSource).findManyByKey([key]).then((found) => found[0]),
        ),
      );
      await sut.create(engagementInputFactory.build({ client: 'acme', processor: 'vendor', key: 'b' }));
      await sut.create(engagementInputFactory.build({ client: 'vendor', processor: 'sub', key: 'a' }));
      await sut.create(engagementInputFactory.build({ client: 'acme', processor: 'sub', key: 'c' }));
      const counter = { statements: 0 };

      const [byClient, byProcessor] = await sqlStatementCounter.run(counter, () =>
        Promise.all([sut.findByClientIds([acme.id, vendor.id]), sut.findByProcessorIds([sub.id])]),
      );

      expect(byClient.map((engagement) => engagement.key)).toEqual(['a', 'b', 'c']);
      expect(byProcessor.map((engagement) => engagement.key)).toEqual(['a', 'c']);
      expect(counter.statements).toBe(2);
    });
  });
});
