// The shipped data/reference/adequacy-decisions.json: every record is a valid decision, and the file
// holds the decisions assessment.md section 4 and legal-facts.md require, with their real dates.
import { decisionsInForce } from '../../assessment/core/adequacy';
import { isIsoDate } from '../../assessment/core/dates';
import { DATA_DIR } from '../../common/project-root';
import { CountryCatalogue } from '../country-catalogue';
import { readAdequacyDataFile } from './adequacy-data-file';
import { ADEQUACY_ID_PATTERN } from './adequacy-decision.inputs';
import { checkAdequacyDecision } from './adequacy.rules';

describe(readAdequacyDataFile.name, () => {
  const catalogue = CountryCatalogue.fromFile(DATA_DIR);
  let sut: ReturnType<typeof readAdequacyDataFile>;

  beforeEach(() => {
    sut = readAdequacyDataFile(DATA_DIR);
  });

  const decision = (id: string) => {
    const found = sut.decisions.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no decision ${id} in the shipped file`);
    return found;
  };

  it('should carry a version and an "as of" date', () => {
    expect(sut.version).toMatch(/\S/);
    expect(isIsoDate(sut.asOf)).toBe(true);
  });

  it('should hold only decisions that pass checkAdequacyDecision, with unique well-formed ids', () => {
    const problems = sut.decisions.flatMap((item, index) =>
      checkAdequacyDecision(
        { ...item, countryCode: item.country },
        (code) => catalogue.get(code)?.region,
        `decisions[${index}]`,
      ),
    );

    expect(problems).toEqual([]);
    const ids = sut.decisions.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ADEQUACY_ID_PATTERN);
    for (const item of sut.decisions) expect(item.legalAct).toMatch(/Decision/);
  });

  it.each([
    [
      'Safe Harbour',
      'us-2000-520-safe-harbour',
      {
        country: 'US',
        effectiveFrom: '2000-07-26',
        expiresOn: null,
        revokedOn: '2015-10-06',
        scope: 'CERTIFIED_ORGANISATIONS',
        certificationScheme: 'SAFE_HARBOUR',
        contested: false,
      },
    ],
    [
      'the EU-US Privacy Shield',
      'us-2016-1250-privacy-shield',
      {
        country: 'US',
        effectiveFrom: '2016-08-01',
        expiresOn: null,
        revokedOn: '2020-07-16',
        scope: 'CERTIFIED_ORGANISATIONS',
        certificationScheme: 'PRIVACY_SHIELD',
        contested: false,
      },
    ],
    [
      'the EU-US Data Privacy Framework (contested)',
      'us-2023-1795-dpf',
      {
        country: 'US',
        adoptedOn: '2023-07-10',
        effectiveFrom: '2023-07-10',
        expiresOn: null,
        revokedOn: null,
        scope: 'CERTIFIED_ORGANISATIONS',
        certificationScheme: 'EU_US_DPF',
        contested: true,
      },
    ],
    [
      'the United Kingdom (renewed to 2031-12-27)',
      'gb-2021-1772',
      {
        country: 'GB',
        adoptedOn: '2021-06-28',
        effectiveFrom: '2021-06-28',
        expiresOn: '2031-12-27',
        revokedOn: null,
        scope: 'FULL',
        certificationScheme: null,
        contested: false,
      },
    ],
    [
      'Brazil',
      'br-2026-179',
      {
        country: 'BR',
        adoptedOn: '2026-01-26',
        effectiveFrom: '2026-01-26',
        expiresOn: null,
        revokedOn: null,
        scope: 'FULL',
        contested: false,
      },
    ],
    ['Canada (PIPEDA)', 'ca-2002-2', { country: 'CA', scope: 'PRIVATE_SECTOR', certificationScheme: null }],
    ['Japan (APPI)', 'jp-2019-419', { country: 'JP', scope: 'PRIVATE_SECTOR', certificationScheme: null }],
  ])('should hold %s with its real dates and scope', (_name, id, expected) => {
    expect(decision(id)).toMatchObject(expected);
  });

  it('should mark only the DPF as contested', () => {
    expect(sut.decisions.filter((item) => item.contested).map((item) => item.id)).toEqual([
      'us-2023-1795-dpf',
    ]);
  });

  // legal-facts.md, "In force": country, act, adoption date, scope.
  it.each([
    ['AD', '2010/625/EU', '2010-10-19', 'FULL'],
    ['AR', '2003/490/EC', '2003-06-30', 'FULL'],
    ['CA', '2002/2/EC', '2001-12-20', 'PRIVATE_SECTOR'],
    ['FO', '2010/146/EU', '2010-03-05', 'FULL'],
    ['GG', '2003/821/EC', '2003-11-21', 'FULL'],
    ['IM', '2004/411/EC', '2004-04-28', 'FULL'],
    ['IL', '2011/61/EU', '2011-01-31', 'FULL'],
    ['JE', '2008/393/EC', '2008-05-08', 'FULL'],
    ['NZ', '2013/65/EU', '2012-12-19', 'FULL'],
    ['CH', '2000/518/EC', '2000-07-26', 'FULL'],
    ['UY', '2012/484/EU', '2012-08-21', 'FULL'],
    ['JP', '(EU) 2019/419', '2019-01-23', 'PRIVATE_SECTOR'],
    ['KR', '(EU) 2022/254', '2021-12-17', 'FULL'],
    ['GB', '(EU) 2021/1772', '2021-06-28', 'FULL'],
    ['US', '(EU) 2023/1795', '2023-07-10', 'CERTIFIED_ORGANISATIONS'],
    ['BR', '(EU) 2026/179', '2026-01-26', 'FULL'],
  ])('should have %s in force on the file’s date under %s', (country, act, adoptedOn, scope) => {
    const inForce = decisionsInForce(sut.decisions, sut.asOf).get(country);

    expect(inForce).toBeDefined();
    expect(inForce!.legalAct).toContain(act);
    expect(inForce).toMatchObject({ adoptedOn, scope });
    expect(catalogue.get(country)?.region).toBe('THIRD_COUNTRY');
  });
});
