import fc from 'fast-check';
import { referenceFactory } from '../../../test/factories/assessment.factory';
import { assess } from './assess';
import { addDays } from './dates';
import { describeFinding } from './describe';
import {
  type Assessment,
  type CertificationSnapshot,
  type ControllerSnapshot,
  type EngagementSnapshot,
  LANGUAGES,
  type LocationSnapshot,
  type ProcessorSnapshot,
  type ReferenceSnapshot,
  type RegistrySnapshot,
  type SafeguardMechanism,
  type SafeguardSnapshot,
} from './model';

const reference: ReferenceSnapshot = referenceFactory.build();

// Small pools, so that random graphs share nodes, loop and hit the legal cut-off dates.
const CONTROLLER_KEYS = ['c1', 'c2', 'C0'];
const PROCESSOR_KEYS = ['a', 'b', 'd', 'e', 'f', 'g', 'B', 'a1'];
const COUNTRIES = ['SE', 'DE', 'NO', 'AX', 'US', 'GB', 'CH', 'IN', 'CN', 'CA', 'JP', 'GL', 'BR'];
const DATES = [
  '2018-05-25',
  '2020-07-15',
  '2020-07-16',
  '2021-06-26',
  '2021-06-27',
  '2021-09-26',
  '2021-09-27',
  '2022-12-27',
  '2022-12-28',
  '2023-07-09',
  '2023-07-10',
  '2025-06-01',
  '2026-01-26',
  '2026-07-01',
  '2031-12-27',
];

const dateArb = fc.constantFrom(...DATES);
const optionalDateArb = fc.option(dateArb, { nil: null });
const countryArb = fc.constantFrom(...COUNTRIES);

const certificationArb: fc.Arbitrary<CertificationSnapshot> = fc.record({
  scheme: fc.constantFrom('EU_US_DPF', 'PRIVACY_SHIELD', 'SAFE_HARBOUR'),
  validFrom: optionalDateArb,
  validUntil: optionalDateArb,
});

const locationArb: fc.Arbitrary<LocationSnapshot> = fc.record({
  country: countryArb,
  activity: fc.constantFrom('HOSTING', 'BACKUP', 'REMOTE_ACCESS', 'PROCESSING'),
});

const safeguardArb: fc.Arbitrary<SafeguardSnapshot> = fc.record({
  mechanism: fc.constantFrom<SafeguardMechanism>(
    'SCC_2021',
    'SCC_LEGACY',
    'BCR',
    'CODE_OF_CONDUCT',
    'CERTIFICATION',
    'AD_HOC_CLAUSES',
    'DEROGATION',
  ),
  module: fc.option(fc.constantFrom('C2C', 'C2P', 'P2P', 'P2C'), { nil: null }),
  signedOn: optionalDateArb,
  countries: fc.oneof(fc.constant([]), fc.uniqueArray(countryArb, { maxLength: 2 })),
  tiaCompletedOn: optionalDateArb,
});

interface RawEngagement {
  client: number;
  processor: number;
  engagement: Omit<EngagementSnapshot, 'id' | 'key' | 'client' | 'processor'>;
}

const rawEngagementArb: fc.Arbitrary<RawEngagement> = fc.record({
  client: fc.nat(),
  processor: fc.nat(),
  engagement: fc.record({
    service: fc.constantFrom('Hosting', 'Support', 'Analytics'),
    dpa: fc.record({
      status: fc.constantFrom('SIGNED', 'PENDING', 'NONE'),
      signedOn: optionalDateArb,
      expiresOn: optionalDateArb,
    }),
    authorisation: fc.option(fc.constantFrom('GENERAL', 'SPECIFIC', 'NONE'), { nil: null }),
    locations: fc.array(locationArb, { maxLength: 3 }),
    safeguards: fc.array(safeguardArb, { maxLength: 3 }),
  }),
});

const registryArb: fc.Arbitrary<RegistrySnapshot> = fc
  .record({
    controllerCount: fc.integer({ min: 1, max: CONTROLLER_KEYS.length }),
    processors: fc.array(
      fc.record({
        country: countryArb,
        parentCountry: fc.option(countryArb, { nil: null }),
        publicBody: fc.boolean(),
        certifications: fc.array(certificationArb, { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: PROCESSOR_KEYS.length },
    ),
    engagements: fc.array(rawEngagementArb, { maxLength: 18 }),
  })
  .map(({ controllerCount, processors: rawProcessors, engagements: rawEngagements }) => {
    const controllers: ControllerSnapshot[] = CONTROLLER_KEYS.slice(0, controllerCount).map((key) => ({
      key,
      name: `Controller ${key}`,
      country: 'SE',
    }));
    const processors: ProcessorSnapshot[] = rawProcessors.map((processor, index) => ({
      key: PROCESSOR_KEYS[index],
      name: `Processor ${PROCESSOR_KEYS[index]}`,
      ...processor,
    }));
    const parties = [...controllers.map(({ key }) => key), ...processors.map(({ key }) => key)];
    const engagements: EngagementSnapshot[] = rawEngagements.map((raw, index) => ({
      id: `id-${index}`,
      key: `e${index}`,
      client: parties[raw.client % parties.length],
      processor: processors[raw.processor % processors.length].key,
      ...raw.engagement,
    }));
    return { controllers, processors, engagements };
  });

const caseArb = fc.record({ registry: registryArb, asOf: dateArb });

function run(registry: RegistrySnapshot, asOf: string, controllerKey?: string): Assessment {
  return assess(registry, reference, { asOf, controllerKey });
}

// ---------------------------------------------------------------------------------------------
// Independent oracles, written naively, to check the assessor against.
// ---------------------------------------------------------------------------------------------

function edgesOf(registry: RegistrySnapshot): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const { client, processor } of registry.engagements) {
    edges.set(client, (edges.get(client) ?? new Set()).add(processor));
  }
  return edges;
}

function distancesFrom(registry: RegistrySnapshot, root: string): Map<string, number> {
  const edges = edgesOf(registry);
  const distance = new Map([[root, 0]]);
  let frontier = [root];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const child of edges.get(node) ?? []) {
        if (distance.has(child)) continue;
        distance.set(child, distance.get(node)! + 1);
        next.push(child);
      }
    }
    frontier = next;
  }
  return distance;
}

function compareLists(left: readonly string[], right: readonly string[]): number {
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    if (left[index] !== right[index]) return left[index] < right[index] ? -1 : 1;
  }
  return left.length - right.length;
}

/** The smallest shortest path to every node, level by level (an optimal-substructure recurrence). */
function smallestShortestPaths(registry: RegistrySnapshot, root: string): Map<string, string[]> {
  const distance = distancesFrom(registry, root);
  const best = new Map<string, string[]>([[root, [root]]]);
  const maxDistance = Math.max(...distance.values());
  for (let level = 1; level <= maxDistance; level++) {
    for (const { client, processor } of registry.engagements) {
      if (distance.get(client) !== level - 1 || distance.get(processor) !== level) continue;
      const candidate = [...best.get(client)!, processor];
      const current = best.get(processor);
      if (current === undefined || compareLists(candidate, current) < 0) best.set(processor, candidate);
    }
  }
  return best;
}

function expectedDestinations(registry: RegistrySnapshot, engagement: EngagementSnapshot) {
  const importer = registry.processors.find((processor) => processor.key === engagement.processor)!;
  const region = (code: string) => reference.countries.get(code)!.region;
  const destinations = new Map<string, { activity: string; implied: boolean }>();
  for (const location of engagement.locations) {
    if (!destinations.has(location.country))
      destinations.set(location.country, { activity: location.activity, implied: false });
  }
  if (!destinations.has(importer.country))
    destinations.set(importer.country, { activity: 'ESTABLISHMENT', implied: true });
  return [...destinations].filter(([country]) => region(country) === 'THIRD_COUNTRY');
}

function shuffled<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}

describe(`${assess.name} (properties)`, () => {
  it('should be deterministic, also when the input arrays are shuffled', () => {
    fc.assert(
      fc.property(
        caseArb.chain(({ registry, asOf }) =>
          fc.record({
            registry: fc.constant(registry),
            asOf: fc.constant(asOf),
            controllers: shuffled(registry.controllers),
            processors: shuffled(registry.processors),
            engagements: shuffled(registry.engagements),
            decisions: shuffled(reference.adequacyDecisions),
          }),
        ),
        ({ registry, asOf, controllers, processors, engagements, decisions }) => {
          const first = run(registry, asOf);
          expect(run(registry, asOf)).toEqual(first);
          const shuffledResult = assess(
            { controllers, processors, engagements },
            { ...reference, adequacyDecisions: decisions },
            { asOf },
          );
          expect(shuffledResult.transfers).toEqual(first.transfers);
          expect(shuffledResult.findings).toEqual(first.findings);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('should list exactly one transfer per controller, reachable engagement and third-country destination', () => {
    fc.assert(
      fc.property(caseArb, ({ registry, asOf }) => {
        const assessment = run(registry, asOf);
        const expected: string[] = [];
        for (const controller of registry.controllers) {
          const reached = distancesFrom(registry, controller.key);
          for (const engagement of registry.engagements) {
            if (!reached.has(engagement.client)) continue;
            for (const [country, { activity, implied }] of expectedDestinations(registry, engagement)) {
              expected.push(JSON.stringify([controller.key, engagement.key, country, activity, implied]));
            }
          }
        }
        const keyOf = new Map(registry.engagements.map((engagement) => [engagement.id, engagement.key]));
        const actual = assessment.transfers.map((transfer) =>
          JSON.stringify([
            transfer.controller,
            keyOf.get(transfer.engagement),
            transfer.destination,
            transfer.activity,
            transfer.implied,
          ]),
        );
        expect(new Set(actual).size).toBe(actual.length);
        expect([...actual].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('should give every transfer a chain from the controller, through the exporter, to the importer, shortest and smallest', () => {
    fc.assert(
      fc.property(caseArb, ({ registry, asOf }) => {
        const assessment = run(registry, asOf);
        const edges = edgesOf(registry);
        const oracles = new Map(
          registry.controllers.map(({ key }) => [key, smallestShortestPaths(registry, key)]),
        );
        for (const transfer of assessment.transfers) {
          const chain = transfer.chain;
          expect(chain[0]).toBe(transfer.controller);
          expect(chain[chain.length - 1]).toBe(transfer.importer);
          expect(chain[chain.length - 2]).toBe(transfer.exporter);
          for (let index = 1; index < chain.length; index++) {
            expect(edges.get(chain[index - 1])?.has(chain[index])).toBe(true);
          }
          expect(chain.slice(0, -1)).toEqual(oracles.get(transfer.controller)!.get(transfer.exporter));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('should derive each status from the basis and the transfer’s own findings', () => {
    fc.assert(
      fc.property(caseArb, ({ registry, asOf }) => {
        for (const transfer of run(registry, asOf).transfers) {
          const serious = transfer.findings.some((finding) => finding.severity !== 'INFO');
          const expected = transfer.basis === 'NONE' ? 'NOT_COVERED' : serious ? 'AT_RISK' : 'COVERED';
          expect(transfer.status).toBe(expected);
          expect(
            transfer.findings.filter((finding) => finding.code === 'TRANSFER_WITHOUT_SAFEGUARD'),
          ).toHaveLength(transfer.basis === 'NONE' ? 1 : 0);
          expect(
            transfer.findings.filter((finding) => finding.code === 'SCC_OUTDATED').length,
          ).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('should never let a valid clean safeguard turn a covered or at-risk transfer into NOT_COVERED', () => {
    const mechanismArb = fc.constantFrom<SafeguardMechanism>(
      'SCC_2021',
      'SCC_LEGACY',
      'BCR',
      'CODE_OF_CONDUCT',
      'CERTIFICATION',
      'AD_HOC_CLAUSES',
    );
    fc.assert(
      fc.property(
        caseArb,
        fc.nat(),
        mechanismArb,
        fc.boolean(),
        ({ registry, asOf }, pick, wanted, limited) => {
          fc.pre(registry.engagements.length > 0);
          const target = registry.engagements[pick % registry.engagements.length];
          // Choose a mechanism that is valid on asOf (section 5).
          const mechanism =
            (wanted === 'SCC_2021' && asOf < '2021-06-27') || (wanted === 'SCC_LEGACY' && asOf > '2022-12-27')
              ? 'BCR'
              : wanted;
          const exporterIsController = registry.controllers.some(
            (controller) => controller.key === target.client,
          );
          const destinations = expectedDestinations(registry, target).map(([country]) => country);
          const safeguard: SafeguardSnapshot = {
            mechanism,
            module: exporterIsController ? 'C2P' : 'P2P',
            signedOn: mechanism === 'SCC_LEGACY' ? null : asOf,
            countries: limited && destinations.length > 0 ? [destinations[0]] : [],
            tiaCompletedOn: asOf,
          };
          const before = run(registry, asOf);
          const after = run(
            {
              ...registry,
              engagements: registry.engagements.map((engagement) =>
                engagement === target
                  ? { ...engagement, safeguards: [...engagement.safeguards, safeguard] }
                  : engagement,
              ),
            },
            asOf,
          );
          const statusAfter = new Map(after.transfers.map((transfer) => [transfer.id, transfer.status]));
          for (const transfer of before.transfers) {
            if (transfer.status !== 'NOT_COVERED')
              expect(statusAfter.get(transfer.id)).not.toBe('NOT_COVERED');
          }
          for (const transfer of after.transfers) {
            const covered =
              transfer.engagement === target.id &&
              (safeguard.countries.length === 0 || safeguard.countries.includes(transfer.destination));
            if (covered) expect(transfer.status).not.toBe('NOT_COVERED');
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('should never turn a COVERED transfer into NOT_COVERED by signing a safeguard', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.nat(),
        fc.nat(),
        safeguardArb,
        dateArb,
        ({ registry, asOf }, pickEngagement, pickSafeguard, extra, signedOn) => {
          fc.pre(registry.engagements.length > 0);
          const target = registry.engagements[pickEngagement % registry.engagements.length];
          const safeguards = target.safeguards.length > 0 ? target.safeguards : [extra];
          const index = pickSafeguard % safeguards.length;
          const withSignature = (date: string) => ({
            ...registry,
            engagements: registry.engagements.map((engagement) =>
              engagement === target
                ? {
                    ...engagement,
                    safeguards: safeguards.map((safeguard, position) =>
                      position === index ? { ...safeguard, signedOn: date } : safeguard,
                    ),
                  }
                : engagement,
            ),
          });
          const unsigned = run(withSignature(addDays(asOf, 30)), asOf);
          const signed = run(withSignature(signedOn <= asOf ? signedOn : asOf), asOf);
          const statusAfter = new Map(signed.transfers.map((transfer) => [transfer.id, transfer.status]));
          for (const transfer of unsigned.transfers) {
            if (transfer.status === 'COVERED') expect(statusAfter.get(transfer.id)).not.toBe('NOT_COVERED');
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('should restrict the result to what the filtered controller reaches', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ registry, asOf }, pick) => {
        const controllerKey = registry.controllers[pick % registry.controllers.length].key;
        const all = run(registry, asOf);
        const filtered = run(registry, asOf, controllerKey);
        expect(filtered.transfers).toEqual(
          all.transfers.filter((transfer) => transfer.controller === controllerKey),
        );
        const allIds = new Set(all.findings.map((finding) => finding.id));
        const reached = distancesFrom(registry, controllerKey);
        for (const finding of filtered.findings) {
          expect(allIds.has(finding.id)).toBe(true);
          expect(finding.controller === null || finding.controller === controllerKey).toBe(true);
          if (finding.code === 'CHAIN_CYCLE')
            expect(finding.processors.some((key) => reached.has(key))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('should describe every finding it raises in both languages without gaps', () => {
    fc.assert(
      fc.property(caseArb, ({ registry, asOf }) => {
        for (const finding of run(registry, asOf).findings) {
          for (const language of LANGUAGES) {
            const { message, remediation } = describeFinding(finding, language);
            expect(`${message} ${remediation}`).not.toMatch(/undefined|\[object Object\]|NaN/);
            expect(message.length).toBeGreaterThan(40);
            expect(remediation.length).toBeGreaterThan(40);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('should terminate on a random chain 100 deep with back edges and self-engagements', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(99), fc.nat(99)), { maxLength: 30 }),
        dateArb,
        (backEdges, asOf) => {
          const keys = Array.from({ length: 100 }, (_, index) => `p${String(index).padStart(3, '0')}`);
          const registry: RegistrySnapshot = {
            controllers: [{ key: 'c', name: 'C', country: 'SE' }],
            processors: keys.map((key, index) => ({
              key,
              name: key,
              country: index % 7 === 0 ? 'US' : 'SE',
              parentCountry: null,
              publicBody: false,
              certifications: [],
            })),
            engagements: [
              ...keys.map((key, index) => ({ client: index === 0 ? 'c' : keys[index - 1], processor: key })),
              ...backEdges.map(([from, to]) => ({ client: keys[from], processor: keys[to] })),
            ].map((edge, index) => ({
              id: `id-${index}`,
              key: `e${index}`,
              ...edge,
              service: 's',
              dpa: { status: 'SIGNED' as const, signedOn: null, expiresOn: null },
              authorisation: 'GENERAL' as const,
              locations: [],
              safeguards: [],
            })),
          };
          const assessment = run(registry, asOf);
          const deepest = assessment.transfers.find(
            (transfer) => transfer.importer === 'p098' && transfer.engagement === 'id-98',
          );
          expect(deepest).toBeDefined();
          expect(deepest!.chain.length).toBeLessThanOrEqual(100);
          expect(assessment.transfers.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 30 },
    );
  });
});
