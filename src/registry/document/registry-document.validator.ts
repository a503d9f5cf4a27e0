// Validates a registry document against the registry it will be applied to, listing every problem at
// once with its JSON pointer. Pure: the caller passes what the registry holds today.
import { type FieldProblem } from '../../common/domain-error';
import { type SubprocessorAuthorisation } from '../../assessment/core/model';
import { type PartyKind } from '../entities/party.entity';
import {
  childPath,
  normalizeAuthorisation,
  normalizeCertifications,
  normalizeDpa,
  normalizeLocations,
  normalizeSafeguards,
  type RawCertification,
  type RawDpa,
  type RawLocation,
  type RawSafeguard,
} from '../registry.normalize';
import {
  checkAuthorisationAllowed,
  checkEngagedPartyIsProcessor,
  checkEngagementKey,
  checkNotBlank,
  deriveEngagementKey,
  normalizeCountry,
} from '../registry.rules';
import {
  type DocumentController,
  type DocumentEngagement,
  type DocumentProcessor,
  type ImportMode,
  REGISTRY_DOCUMENT_VERSION,
  type RegistryDocument,
} from './registry-document';
import { checkDocumentShape } from './registry-document.schema';

const NOT_AN_OBJECT =
  'must be a JSON object (the registry document itself), got a string; ' +
  'YAML, and documents as text, are imported with the CLI: npm run cli -- import FILE';

/** What the registry holds today, as far as validation needs it. */
export interface ExistingRegistry {
  partyKinds: ReadonlyMap<string, PartyKind>;
  /** Engagements by key: their client and processor keys and authorisation. */
  engagements: ReadonlyMap<
    string,
    { client: string; processor: string; authorisation: SubprocessorAuthorisation | null }
  >;
}

export type ValidationResult =
  { ok: true; document: RegistryDocument } | { ok: false; problems: FieldProblem[] };

interface RawParty {
  key: string;
  name: string;
  country: string;
  registrationNumber?: string | null;
  parentCountry?: string | null;
  publicBody?: boolean;
  certifications?: RawCertification[];
}

interface RawEngagement {
  key?: string;
  client: string;
  processor: string;
  service: string;
  purposes?: string[];
  dataCategories?: string[];
  dataSubjects?: string[];
  dpa: RawDpa;
  authorisation?: SubprocessorAuthorisation | null;
  locations?: RawLocation[];
  safeguards?: RawSafeguard[];
}

interface RawDocument {
  controllers?: RawParty[];
  processors?: RawParty[];
  engagements?: RawEngagement[];
}

export function validateRegistryDocument(
  raw: unknown,
  existing: ExistingRegistry,
  mode: ImportMode,
): ValidationResult {
  // The usual mistake over GraphQL: the text of a file (often YAML) instead of the document itself.
  if (typeof raw === 'string') return { ok: false, problems: [{ path: '/', message: NOT_AN_OBJECT }] };
  const problems = checkDocumentShape(raw);
  // Items with structural problems are not checked further (their fields cannot be trusted), but the
  // rest of the document is, so that one answer lists as much as possible.
  const brokenItems = new Set(
    problems
      .map((problem) => /^\/(controllers|processors|engagements)\/\d+/.exec(problem.path)?.[0])
      .filter(Boolean),
  );
  const broken = (path: string): boolean => brokenItems.has(path);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problems };
  const document = raw as RawDocument;

  const kinds = new Map<string, PartyKind>(mode === 'MERGE' ? existing.partyKinds : []);
  const firstSeen = new Map<string, string>();
  const controllers: DocumentController[] = [];
  const processors: DocumentProcessor[] = [];

  const checkParty = (party: RawParty, path: string, kind: PartyKind): DocumentProcessor | undefined => {
    const earlier = firstSeen.get(party.key);
    if (earlier !== undefined) {
      problems.push({
        path: `${path}/key`,
        message: `duplicate key "${party.key}" (first used at ${earlier}); keys are unique across controllers and processors`,
      });
      return undefined;
    }
    firstSeen.set(party.key, `${path}/key`);
    kinds.set(party.key, kind);
    problems.push(...checkNotBlank(party.name, `${path}/name`));
    if (party.registrationNumber)
      problems.push(...checkNotBlank(party.registrationNumber, `${path}/registrationNumber`));
    const country = normalizeCountry(party.country, `${path}/country`, problems) ?? party.country;
    const parentCountry =
      party.parentCountry === undefined || party.parentCountry === null
        ? null
        : (normalizeCountry(party.parentCountry, `${path}/parentCountry`, problems) ?? party.parentCountry);
    return {
      key: party.key,
      name: party.name,
      country,
      registrationNumber: party.registrationNumber ?? null,
      parentCountry,
      publicBody: party.publicBody ?? false,
      certifications: normalizeCertifications(party.certifications, `${path}/certifications`, problems),
    };
  };

  listOf(document.controllers).forEach((controller, index) => {
    const path = `/controllers/${index}`;
    if (broken(path)) {
      if (typeof controller?.key === 'string') kinds.set(controller.key, 'CONTROLLER');
      return;
    }
    const checked = checkParty(controller, path, 'CONTROLLER');
    if (checked) {
      const { key, name, country, registrationNumber } = checked;
      controllers.push({ key, name, country, registrationNumber });
    }
  });
  listOf(document.processors).forEach((processor, index) => {
    const path = `/processors/${index}`;
    if (broken(path)) {
      if (typeof processor?.key === 'string') kinds.set(processor.key, 'PROCESSOR');
      return;
    }
    const checked = checkParty(processor, path, 'PROCESSOR');
    if (checked) processors.push(checked);
  });

  const engagements: DocumentEngagement[] = [];
  const engagementPaths = new Map<string, string>();
  listOf(document.engagements).forEach((engagement, index) => {
    const path = `/engagements/${index}`;
    if (broken(path)) return;
    const key =
      engagement.key ?? deriveEngagementKey(engagement.client, engagement.processor, engagement.service);
    const keyPath = engagement.key === undefined ? `${path}/service` : `${path}/key`;
    problems.push(...checkEngagementKey(key, keyPath));
    const earlier = engagementPaths.get(key);
    if (earlier !== undefined) {
      problems.push({
        path: keyPath,
        message: `duplicate engagement key "${key}" (also at ${earlier})${engagement.key === undefined ? '; give one of them an explicit key' : ''}`,
      });
    }
    engagementPaths.set(key, path);
    problems.push(...checkNotBlank(engagement.service, `${path}/service`));
    for (const list of ['purposes', 'dataCategories', 'dataSubjects'] as const) {
      (engagement[list] ?? []).forEach((text, textIndex) =>
        problems.push(...checkNotBlank(text, `${path}/${list}/${textIndex}`)),
      );
    }
    if (engagement.dpa.reference)
      problems.push(...checkNotBlank(engagement.dpa.reference, `${path}/dpa/reference`));

    const clientKind = kinds.get(engagement.client);
    const processorKind = kinds.get(engagement.processor);
    const where = mode === 'MERGE' ? 'in the document or the registry' : 'in the document';
    if (!clientKind)
      problems.push({
        path: `${path}/client`,
        message: `no controller or processor with key "${engagement.client}" ${where}`,
      });
    else
      problems.push(
        ...checkAuthorisationAllowed(
          clientKind,
          engagement.client,
          engagement.authorisation,
          `${path}/authorisation`,
        ),
      );
    if (!processorKind)
      problems.push({
        path: `${path}/processor`,
        message: `no processor with key "${engagement.processor}" ${where}`,
      });
    else
      problems.push(
        ...checkEngagedPartyIsProcessor(processorKind, engagement.processor, `${path}/processor`),
      );

    engagements.push({
      key,
      client: engagement.client,
      processor: engagement.processor,
      service: engagement.service,
      purposes: engagement.purposes ?? [],
      dataCategories: engagement.dataCategories ?? [],
      dataSubjects: engagement.dataSubjects ?? [],
      dpa: normalizeDpa(engagement.dpa, childPath(path, 'dpa'), problems),
      authorisation: normalizeAuthorisation(clientKind === 'PROCESSOR', engagement.authorisation),
      locations: normalizeLocations(engagement.locations, `${path}/locations`, problems),
      safeguards: normalizeSafeguards(engagement.safeguards, `${path}/safeguards`, problems),
    });
  });

  if (mode === 'MERGE') problems.push(...checkKeptEngagements(existing, kinds, engagementPaths, firstSeen));

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, document: { version: REGISTRY_DOCUMENT_VERSION, controllers, processors, engagements } };
}

/** The items of a list that may not be a list (its own problem is reported by the shape check). */
function listOf<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/**
 * A merge leaves the registry's other engagements in place: a document that turns a party into a
 * controller must not leave one of them engaging it as processor, or carrying a subprocessor
 * authorisation for a controller client.
 */
function checkKeptEngagements(
  existing: ExistingRegistry,
  kinds: ReadonlyMap<string, PartyKind>,
  documentEngagements: ReadonlyMap<string, string>,
  partyPaths: ReadonlyMap<string, string>,
): FieldProblem[] {
  const conflicts = new Map<string, string[]>();
  for (const [key, engagement] of existing.engagements) {
    if (documentEngagements.has(key)) continue;
    const processorBecameController = kinds.get(engagement.processor) === 'CONTROLLER';
    const clientBecameController =
      kinds.get(engagement.client) === 'CONTROLLER' &&
      existing.partyKinds.get(engagement.client) === 'PROCESSOR';
    if (processorBecameController)
      conflicts.set(engagement.processor, [...(conflicts.get(engagement.processor) ?? []), key]);
    if (clientBecameController)
      conflicts.set(engagement.client, [...(conflicts.get(engagement.client) ?? []), key]);
  }
  return [...conflicts].map(([partyKey, engagementKeys]) => ({
    path: partyPaths.get(partyKey) ?? '/',
    message:
      `"${partyKey}" would become a controller, but the registry's engagement(s) ${engagementKeys.map((key) => `"${key}"`).join(', ')} ` +
      'treat it as a processor; include them in the document (changed or not), or use mode REPLACE',
  }));
}
