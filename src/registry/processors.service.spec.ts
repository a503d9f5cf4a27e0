import { type DataSource } from 'typeorm';
import { processorInputFactory } from '../../test/factories/registry.factory';
import { createTestDatabase } from '../../test/helpers/test-database';
import { InputValidationError } from '../common/domain-error';
import { sqlStatementCounter } from '../database/query-counter';
import { decodeCursor } from '../graphql/pagination';
import { PartiesService } from './parties.service';
import { ProcessorsService } from './processors.service';

describe(ProcessorsService.name, () => {
  let dataSource: DataSource;
  let sut: ProcessorsService;

  beforeEach(async () => {
    dataSource = await createTestDatabase();
    sut = new ProcessorsService(dataSource, new PartiesService(dataSource));
  });
  afterEach(() => dataSource.destroy());

  describe('page', () => {
    beforeEach(async () => {
      for (const input of [
        processorInputFactory.build({ key: 'ahlens', name: 'Åhléns AB', registrationNumber: '556010-0001' }),
        processorInputFactory.build({ key: 'oresund', name: 'Öresund Data ApS', country: 'DK' }),
        processorInputFactory.build({ key: 'cloud', name: 'Cloud 100% Ltd', country: 'IE' }),
        processorInputFactory.build({ key: 'big_co', name: 'Big Co Inc.', country: 'US' }),
        processorInputFactory.build({ key: 'Zeta', name: 'Zeta GmbH', country: 'DE' }),
      ]) {
        await sut.create(input);
      }
      await new PartiesService(dataSource).create('CONTROLLER', {
        key: 'a-controller',
        name: 'Åhléns Controller AB',
        countryCode: 'SE',
        registrationNumber: null,
        parentCountryCode: null,
        publicBody: false,
        certifications: [],
      });
    });

    const keys = async (query: Parameters<ProcessorsService['page']>[0]): Promise<string[]> =>
      (await sut.page(query)).edges.map((edge) => edge.node.key);

    it('should list processors only, in key order by code unit, with cursors continuing after the last key', async () => {
      const first = await sut.page({ first: 2 });
      const second = await sut.page({ first: 2, after: first.pageInfo.endCursor });
      const third = await sut.page({ first: 2, after: second.pageInfo.endCursor });

      expect([first, second, third].map((page) => page.edges.map((edge) => edge.node.key))).toEqual([
        ['Zeta', 'ahlens'],
        ['big_co', 'cloud'],
        ['oresund'],
      ]);
      expect([first, second, third].map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
      expect([first, second, third].map((page) => page.totalCount)).toEqual([5, 5, 5]);
      expect(decodeCursor(first.pageInfo.endCursor!)).toBe('ahlens');
    });

    it.each([
      ['åhl', ['ahlens']],
      ['ÅHLÉNS', ['ahlens']],
      ['ö', ['oresund']],
      ['556010', ['ahlens']],
      ['ZETA', ['Zeta']],
      ['%', ['cloud']],
      ['_', ['big_co']],
      ['   ', ['Zeta', 'ahlens', 'big_co', 'cloud', 'oresund']],
    ])(
      'should search %p case-insensitively in name, key and registration number',
      async (search, expected) => {
        expect(await keys({ first: 10, search })).toEqual(expected);
      },
    );

    it('should filter by country and count the filtered processors', async () => {
      const page = await sut.page({ first: 1, country: 'IE' });

      expect(page.edges.map((edge) => edge.node.key)).toEqual(['cloud']);
      expect(page.totalCount).toBe(1);
      expect(page.pageInfo.hasNextPage).toBe(false);
    });

    it('should answer first: 0 with the count only, without reading rows', async () => {
      const counter = { statements: 0 };

      const page = await sqlStatementCounter.run(counter, () => sut.page({ first: 0 }));

      expect(page).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 5 });
      expect(counter.statements).toBe(1);
    });

    it('should take two statements for a page, whatever its size', async () => {
      const counter = { statements: 0 };

      await sqlStatementCounter.run(counter, () => sut.page({ first: 500, search: 'a', country: 'SE' }));

      expect(counter.statements).toBe(2);
    });

    it.each([
      [{ first: 501 }, 'first'],
      [{ first: -1 }, 'first'],
      [{ first: 10, after: 'garbage' }, 'after'],
    ])('should refuse %j naming the argument', async (query, path) => {
      await expect(sut.page(query)).rejects.toThrow(InputValidationError);
      await expect(sut.page(query)).rejects.toMatchObject({ problems: [{ path }] });
    });
  });

  describe('create', () => {
    it('should store the certifications with every field and default the optional fields', async () => {
      const created = await sut.create(
        processorInputFactory.build({
          key: 'us',
          country: 'US',
          certifications: [{ scheme: 'EU_US_DPF', validFrom: '2023-07-17' }],
        }),
      );

      expect(created).toMatchObject({
        key: 'us',
        countryCode: 'US',
        registrationNumber: null,
        parentCountryCode: null,
        publicBody: false,
        certifications: [{ scheme: 'EU_US_DPF', validFrom: '2023-07-17', validUntil: null }],
      });
    });

    it('should refuse certification dates out of order, naming the field, and store nothing', async () => {
      const input = processorInputFactory.build({
        certifications: [
          { scheme: 'EU_US_DPF', validFrom: '2024-01-01' },
          { scheme: 'PRIVACY_SHIELD', validFrom: '2019-01-01', validUntil: '2018-12-31' },
        ],
      });

      await expect(sut.create(input)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [
          {
            path: 'input.certifications.1.validUntil',
            message: 'validUntil 2018-12-31 is before validFrom 2019-01-01',
          },
        ],
      });
      expect(await dataSource.query('SELECT count(*) AS count FROM party')).toEqual([{ count: 0 }]);
    });
  });

  describe('update', () => {
    beforeEach(async () => {
      await sut.create(
        processorInputFactory.build({
          key: 'cloud',
          parentCountry: 'US',
          certifications: [{ scheme: 'PRIVACY_SHIELD' }],
        }),
      );
    });

    it('should replace the certifications as a whole and keep the fields left out', async () => {
      const updated = await sut.update('cloud', {
        certifications: [{ scheme: 'EU_US_DPF', validFrom: '2023-07-10' }],
      });

      expect(updated).toMatchObject({
        parentCountryCode: 'US',
        certifications: [{ scheme: 'EU_US_DPF', validFrom: '2023-07-10', validUntil: null }],
        version: 2,
      });
    });

    it('should clear the parent country given null', async () => {
      expect((await sut.update('cloud', { parentCountry: null })).parentCountryCode).toBeNull();
    });

    it('should refuse bad certification dates before looking anything up', async () => {
      const update = sut.update('nobody', {
        certifications: [{ scheme: 'EU_US_DPF', validFrom: '2024-02-02', validUntil: '2024-02-01' }],
      });

      await expect(update).rejects.toThrow(InputValidationError);
    });
  });
});
