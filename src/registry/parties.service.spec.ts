import { VersionConflictError } from '../common/domain-error';
import { type DataSource } from 'typeorm';
import { engagementInputFactory } from '../../test/factories/registry.factory';
import { createTestDatabase } from '../../test/helpers/test-database';
import { EngagementsService } from './engagements.service';
import { type PartyFields, PartiesService } from './parties.service';
import { DuplicateKeyError, PartyInUseError, PartyNotFoundError } from './registry.errors';

const fields = (overrides: Partial<PartyFields> = {}): PartyFields => ({
  key: 'acme',
  name: 'Acme AB',
  countryCode: 'SE',
  registrationNumber: null,
  parentCountryCode: null,
  publicBody: false,
  certifications: [],
  ...overrides,
});

describe(PartiesService.name, () => {
  let dataSource: DataSource;
  let sut: PartiesService;
  let engagements: EngagementsService;

  beforeEach(async () => {
    dataSource = await createTestDatabase();
    sut = new PartiesService(dataSource);
    engagements = new EngagementsService(dataSource, sut);
  });
  afterEach(() => dataSource.destroy());

  const engage = (client: string, processor: string, key: string) =>
    engagements.create(engagementInputFactory.build({ client, processor, key }));

  describe('create', () => {
    it('should store a controller without the processor-only fields and a processor with them', async () => {
      const controller = await sut.create(
        'CONTROLLER',
        fields({ parentCountryCode: 'US', publicBody: true }),
      );
      const processor = await sut.create(
        'PROCESSOR',
        fields({
          key: 'cloud',
          parentCountryCode: 'US',
          publicBody: true,
          certifications: [{ scheme: 'EU_US_DPF', validFrom: null, validUntil: null }],
        }),
      );

      expect(controller).toMatchObject({ kind: 'CONTROLLER', key: 'acme', version: 1 });
      expect(
        await dataSource.query('SELECT parent_country_code, public_body FROM party WHERE key = ?', ['acme']),
      ).toEqual([{ parent_country_code: null, public_body: 0 }]);
      expect(processor).toMatchObject({
        kind: 'PROCESSOR',
        parentCountryCode: 'US',
        publicBody: true,
        certifications: [{ scheme: 'EU_US_DPF', validFrom: null, validUntil: null }],
      });
    });

    it.each([
      ['CONTROLLER', 'CONTROLLER', 'a controller'],
      ['CONTROLLER', 'PROCESSOR', 'a controller'],
      ['PROCESSOR', 'CONTROLLER', 'a processor'],
    ] as const)('should refuse a key a %s already has for a new %s', async (existing, kind, owner) => {
      await sut.create(existing, fields());

      const created = sut.create(kind, fields({ name: 'Other' }));

      await expect(created).rejects.toThrow(DuplicateKeyError);
      await expect(created).rejects.toThrow(`The key "acme" is already used by ${owner}`);
      expect(await dataSource.query('SELECT name FROM party')).toEqual([{ name: 'Acme AB' }]);
    });
  });

  describe('findByKey', () => {
    it('should find a party only as its own kind', async () => {
      await sut.create('CONTROLLER', fields());

      expect(await sut.findByKey('CONTROLLER', 'acme')).toMatchObject({ key: 'acme', kind: 'CONTROLLER' });
      expect(await sut.findByKey('PROCESSOR', 'acme')).toBeNull();
      expect(await sut.findByKey('CONTROLLER', 'nobody')).toBeNull();
    });

    it('should find parties of both kinds by key in one call', async () => {
      await sut.create('CONTROLLER', fields());
      await sut.create('PROCESSOR', fields({ key: 'cloud' }));

      const found = await sut.findManyByKey(['cloud', 'acme', 'nobody']);

      expect(found.map((party) => [party.key, party.kind]).sort()).toEqual([
        ['acme', 'CONTROLLER'],
        ['cloud', 'PROCESSOR'],
      ]);
      expect(await sut.findManyByKey([])).toEqual([]);
    });
  });

  describe('update', () => {
    beforeEach(async () => {
      await sut.create(
        'PROCESSOR',
        fields({ key: 'cloud', registrationNumber: '123', parentCountryCode: 'US' }),
      );
    });

    it('should change only the fields given and bump the version each time', async () => {
      const first = await sut.update('PROCESSOR', 'cloud', { name: 'Cloud Two' }, undefined);
      const second = await sut.update(
        'PROCESSOR',
        'cloud',
        { registrationNumber: null, parentCountryCode: null },
        2,
      );

      expect(first).toMatchObject({
        name: 'Cloud Two',
        registrationNumber: '123',
        parentCountryCode: 'US',
        version: 2,
      });
      expect(second).toMatchObject({
        name: 'Cloud Two',
        registrationNumber: null,
        parentCountryCode: null,
        version: 3,
      });
    });

    it('should rename a party', async () => {
      const renamed = await sut.update('PROCESSOR', 'cloud', { key: 'cloud-ie' }, null);

      expect(renamed.key).toBe('cloud-ie');
      expect(await sut.findByKey('PROCESSOR', 'cloud')).toBeNull();
    });

    it('should refuse a stale version and change nothing', async () => {
      await sut.update('PROCESSOR', 'cloud', { name: 'Cloud Two' }, 1);

      const stale = sut.update('PROCESSOR', 'cloud', { name: 'Lost' }, 1);

      await expect(stale).rejects.toThrow(VersionConflictError);
      await expect(stale).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { expectedVersion: 1, actualVersion: 2 },
      });
      expect(await sut.findByKey('PROCESSOR', 'cloud')).toMatchObject({ name: 'Cloud Two', version: 2 });
    });

    it('should refuse a new key that another party has', async () => {
      await sut.create('CONTROLLER', fields());

      await expect(sut.update('PROCESSOR', 'cloud', { key: 'acme' }, undefined)).rejects.toThrow(
        'The key "acme" is already used by a controller',
      );
    });

    it('should allow keeping its own key', async () => {
      expect(
        await sut.update('PROCESSOR', 'cloud', { key: 'cloud', name: 'Same key' }, undefined),
      ).toMatchObject({
        key: 'cloud',
        name: 'Same key',
      });
    });

    it.each([
      ['an unknown key', 'PROCESSOR', 'nobody', 'No processor with key "nobody"'],
      ['a key of the other kind', 'CONTROLLER', 'cloud', 'No controller with key "cloud"'],
    ] as const)('should answer not found for %s', async (_case, kind, key, message) => {
      const update = sut.update(kind, key, { name: 'X' }, undefined);

      await expect(update).rejects.toThrow(PartyNotFoundError);
      await expect(update).rejects.toThrow(message);
    });
  });

  describe('delete', () => {
    beforeEach(async () => {
      await sut.create('CONTROLLER', fields());
      await sut.create('PROCESSOR', fields({ key: 'vendor' }));
      await sut.create('PROCESSOR', fields({ key: 'sub' }));
    });

    it('should delete a party no engagement references', async () => {
      expect(await sut.delete('PROCESSOR', 'sub', false)).toEqual({ key: 'sub', deletedEngagements: [] });
      expect(await sut.findByKey('PROCESSOR', 'sub')).toBeNull();
    });

    it('should refuse to delete a party engagements reference as client or processor, naming them in key order', async () => {
      await engage('vendor', 'sub', 'b-second-tier');
      await engage('acme', 'vendor', 'a-first-tier');

      const deleted = sut.delete('PROCESSOR', 'vendor', false);

      await expect(deleted).rejects.toThrow(PartyInUseError);
      await expect(deleted).rejects.toMatchObject({
        details: { kind: 'PROCESSOR', key: 'vendor', engagements: ['a-first-tier', 'b-second-tier'] },
      });
      expect(await sut.findByKey('PROCESSOR', 'vendor')).not.toBeNull();
    });

    it('should name ten engagements and count the rest', async () => {
      for (let index = 0; index < 12; index++)
        await engage('acme', 'vendor', `engagement-${String(index).padStart(2, '0')}`);

      await expect(sut.delete('CONTROLLER', 'acme', false)).rejects.toThrow(
        /by 12 engagement\(s\): "engagement-00", .*"engagement-09" and 2 more\./,
      );
    });

    it('should delete the referencing engagements too with cascade, and nothing else', async () => {
      await engage('acme', 'vendor', 'first-tier');
      await engage('vendor', 'sub', 'second-tier');
      await engage('acme', 'sub', 'direct');

      const result = await sut.delete('PROCESSOR', 'vendor', true);

      expect(result).toEqual({ key: 'vendor', deletedEngagements: ['first-tier', 'second-tier'] });
      expect(await dataSource.query('SELECT key FROM engagement')).toEqual([{ key: 'direct' }]);
    });

    it('should answer not found for a key of the other kind', async () => {
      await expect(sut.delete('CONTROLLER', 'vendor', true)).rejects.toThrow(
        'No controller with key "vendor"',
      );
    });
  });
});
