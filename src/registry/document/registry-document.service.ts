import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, In } from 'typeorm';
import { InputValidationError } from '../../common/domain-error';
import { Controller } from '../entities/controller.entity';
import { Engagement } from '../entities/engagement.entity';
import { Party } from '../entities/party.entity';
import { Processor } from '../entities/processor.entity';
import {
  type DocumentController,
  type DocumentEngagement,
  type DocumentProcessor,
  type ImportCounts,
  type ImportMode,
  REGISTRY_DOCUMENT_VERSION,
  type RegistryDocument,
} from './registry-document';
import {
  byKey,
  controllerToDocument,
  engagementToDocument,
  processorToDocument,
} from './registry-document.mapping';
import { validateRegistryDocument } from './registry-document.validator';

export interface ImportResult extends ImportCounts {
  dryRun: boolean;
}

/** Rows per INSERT: well under SQLite's 32,766 bound variables (and PostgreSQL's 65,535). */
const CHUNK = 500;

interface ImportPlan {
  counts: ImportCounts;
  deleteEngagementIds: string[];
  insertControllers: Partial<Controller>[];
  insertProcessors: Partial<Processor>[];
  updateParties: { id: string; kind: Party['kind']; columns: Partial<Processor> }[];
  insertEngagements: Partial<Engagement>[];
  updateEngagements: { id: string; columns: Partial<Engagement> }[];
  deletePartyIds: string[];
}

/** Import and export of the whole registry as one document (registry-document.md). */
@Injectable()
export class RegistryDocumentService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The registry as a canonical document: every field present, items sorted by key. Byte-stable. */
  async export(): Promise<RegistryDocument> {
    const [parties, engagements] = await Promise.all([
      this.dataSource.getRepository(Party).find(),
      this.dataSource.getRepository(Engagement).find(),
    ]);
    const keyById = new Map(parties.map((party) => [party.id, party.key]));
    return {
      version: REGISTRY_DOCUMENT_VERSION,
      controllers: parties
        .filter((party): party is Controller => party.kind === 'CONTROLLER')
        .map(controllerToDocument)
        .sort(byKey),
      processors: parties
        .filter((party): party is Processor => party.kind === 'PROCESSOR')
        .map(processorToDocument)
        .sort(byKey),
      engagements: engagements
        .map((engagement) => engagementToDocument(engagement, (id) => keyById.get(id)!))
        .sort(byKey),
    };
  }

  /**
   * All or nothing: the document is validated against the registry as it stands, then applied in one
   * transaction. MERGE upserts by key; REPLACE also deletes what the document does not hold.
   */
  async import(raw: unknown, mode: ImportMode, dryRun: boolean): Promise<ImportResult> {
    return this.dataSource.transaction(async (manager) => {
      const [parties, engagements] = await Promise.all([
        manager.getRepository(Party).find(),
        manager.getRepository(Engagement).find(),
      ]);
      const keyById = new Map(parties.map((party) => [party.id, party.key]));
      const result = validateRegistryDocument(
        raw,
        {
          partyKinds: new Map(parties.map((party) => [party.key, party.kind])),
          engagements: new Map(
            engagements.map((engagement) => [
              engagement.key,
              {
                client: keyById.get(engagement.clientId)!,
                processor: keyById.get(engagement.processorId)!,
                authorisation: engagement.authorisation,
              },
            ]),
          ),
        },
        mode,
      );
      if (!result.ok) {
        throw new InputValidationError(
          result.problems,
          `The registry document was not imported: ${InputValidationError.summarise(result.problems)}`,
        );
      }
      const plan = planImport(result.document, parties, engagements, keyById, mode);
      if (!dryRun) await applyPlan(manager, plan);
      return { ...plan.counts, dryRun };
    });
  }
}

function planImport(
  document: RegistryDocument,
  parties: Party[],
  engagements: Engagement[],
  keyById: ReadonlyMap<string, string>,
  mode: ImportMode,
): ImportPlan {
  const counts: ImportCounts = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  const plan: ImportPlan = {
    counts,
    deleteEngagementIds: [],
    insertControllers: [],
    insertProcessors: [],
    updateParties: [],
    insertEngagements: [],
    updateEngagements: [],
    deletePartyIds: [],
  };
  const partiesByKey = new Map(parties.map((party) => [party.key, party]));
  const idByKey = new Map(parties.map((party) => [party.key, party.id]));
  const documentPartyKeys = new Set<string>();
  const becameProcessor = new Set<string>();

  const planParty = (item: DocumentController | DocumentProcessor, kind: Party['kind']): void => {
    documentPartyKeys.add(item.key);
    const columns = partyColumns(item, kind);
    const current = partiesByKey.get(item.key);
    if (!current) {
      const id = randomUUID();
      idByKey.set(item.key, id);
      (kind === 'CONTROLLER' ? plan.insertControllers : plan.insertProcessors).push({ id, ...columns });
      counts.created++;
      return;
    }
    const before =
      current.kind === 'CONTROLLER'
        ? controllerToDocument(current)
        : processorToDocument(current as Processor);
    if (current.kind === kind && sameJson(before, item)) {
      counts.unchanged++;
      return;
    }
    if (current.kind === 'CONTROLLER' && kind === 'PROCESSOR') becameProcessor.add(current.id);
    plan.updateParties.push({ id: current.id, kind, columns });
    counts.updated++;
  };
  document.controllers.forEach((controller) => planParty(controller, 'CONTROLLER'));
  document.processors.forEach((processor) => planParty(processor, 'PROCESSOR'));

  const engagementsByKey = new Map(engagements.map((engagement) => [engagement.key, engagement]));
  const documentEngagementKeys = new Set<string>();
  for (const item of document.engagements) {
    documentEngagementKeys.add(item.key);
    const columns = engagementColumns(item, idByKey);
    const current = engagementsByKey.get(item.key);
    if (!current) {
      plan.insertEngagements.push({ id: randomUUID(), ...columns });
      counts.created++;
    } else if (
      sameJson(
        engagementToDocument(current, (id) => keyById.get(id)!),
        item,
      )
    ) {
      counts.unchanged++;
    } else {
      plan.updateEngagements.push({ id: current.id, columns });
      counts.updated++;
    }
  }

  // A kept engagement whose client became a processor is now a subprocessor engagement: like
  // updateEngagement, it gets the NONE authorisation such an engagement has when none is recorded.
  // (REPLACE deletes every engagement the document does not hold.)
  const keptByNewProcessor = (engagement: Engagement): boolean =>
    !documentEngagementKeys.has(engagement.key) &&
    becameProcessor.has(engagement.clientId) &&
    engagement.authorisation === null;
  for (const engagement of mode === 'MERGE' ? engagements.filter(keptByNewProcessor) : []) {
    plan.updateEngagements.push({ id: engagement.id, columns: { authorisation: 'NONE' } });
    counts.updated++;
  }

  if (mode === 'REPLACE') {
    plan.deleteEngagementIds = engagements
      .filter((engagement) => !documentEngagementKeys.has(engagement.key))
      .map((engagement) => engagement.id);
    plan.deletePartyIds = parties
      .filter((party) => !documentPartyKeys.has(party.key))
      .map((party) => party.id);
    counts.deleted = plan.deleteEngagementIds.length + plan.deletePartyIds.length;
  }
  return plan;
}

/** Order matters for the foreign keys: engagements leave before their parties, parties arrive before theirs. */
async function applyPlan(manager: EntityManager, plan: ImportPlan): Promise<void> {
  for (const ids of chunks(plan.deleteEngagementIds))
    await manager.getRepository(Engagement).delete({ id: In(ids) });
  for (const rows of chunks(plan.insertControllers))
    await manager.createQueryBuilder().insert().into(Controller).values(rows).execute();
  for (const rows of chunks(plan.insertProcessors))
    await manager.createQueryBuilder().insert().into(Processor).values(rows).execute();
  for (const { id, kind, columns } of plan.updateParties) {
    await manager
      .createQueryBuilder()
      // Through the base entity: a child entity's UPDATE only matches rows of its own kind, so a
      // controller turning into a processor was counted as updated but silently left unchanged.
      .update(Party)
      .set({ ...columns, kind, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }
  for (const rows of chunks(plan.insertEngagements))
    await manager.createQueryBuilder().insert().into(Engagement).values(rows).execute();
  for (const { id, columns } of plan.updateEngagements) {
    await manager
      .createQueryBuilder()
      .update(Engagement)
      .set({ ...columns, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }
  for (const ids of chunks(plan.deletePartyIds)) await manager.getRepository(Party).delete({ id: In(ids) });
}

function partyColumns(item: DocumentController | DocumentProcessor, kind: Party['kind']): Partial<Processor> {
  const processor = kind === 'PROCESSOR' ? (item as DocumentProcessor) : undefined;
  return {
    key: item.key,
    name: item.name,
    countryCode: item.country,
    registrationNumber: item.registrationNumber,
    // A controller keeps the processor-only columns at their defaults (this also resets a former processor).
    parentCountryCode: processor?.parentCountry ?? null,
    publicBody: processor?.publicBody ?? false,
    certifications: processor?.certifications ?? [],
  };
}

function engagementColumns(
  item: DocumentEngagement,
  idByKey: ReadonlyMap<string, string>,
): Partial<Engagement> {
  return {
    key: item.key,
    clientId: idByKey.get(item.client)!,
    processorId: idByKey.get(item.processor)!,
    service: item.service,
    purposes: item.purposes,
    dataCategories: item.dataCategories,
    dataSubjects: item.dataSubjects,
    dpa: item.dpa,
    authorisation: item.authorisation,
    locations: item.locations,
    safeguards: item.safeguards,
  };
}

const sameJson = (left: unknown, right: unknown): boolean => JSON.stringify(left) === JSON.stringify(right);

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += CHUNK) yield items.slice(start, start + CHUNK);
}
