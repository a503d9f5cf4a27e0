import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AdequacyDecision } from '../reference/adequacy/adequacy-decision.entity';
import {
  AdequacyService,
  toDecisionSnapshot,
  type ReferenceDataInfo,
} from '../reference/adequacy/adequacy.service';
import { CountryCatalogue } from '../reference/country-catalogue';
import { Engagement } from '../registry/entities/engagement.entity';
import { Party } from '../registry/entities/party.entity';
import { type Processor } from '../registry/entities/processor.entity';
import { type ReferenceSnapshot, type RegistrySnapshot } from './core';

/** The plain snapshots the assessor reads, and the rows they came from (for the GraphQL answer). */
export interface LoadedSnapshot {
  registry: RegistrySnapshot;
  reference: ReferenceSnapshot;
  referenceData: ReferenceDataInfo;
  partiesByKey: ReadonlyMap<string, Party>;
  engagementsById: ReadonlyMap<string, Engagement>;
  decisionsById: ReadonlyMap<string, AdequacyDecision>;
}

/**
 * Reads the whole registry and the reference data in three statements, whatever the registry's
 * size, in one read transaction so that the snapshot is consistent.
 */
@Injectable()
export class SnapshotLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CountryCatalogue,
    private readonly adequacy: AdequacyService,
  ) {}

  async load(): Promise<LoadedSnapshot> {
    const [parties, engagements, decisions] = await this.dataSource.transaction(async (manager) => [
      await manager.getRepository(Party).find(),
      await manager.getRepository(Engagement).find(),
      await manager.getRepository(AdequacyDecision).find(),
    ]);
    const keyById = new Map(parties.map((party) => [party.id, party.key]));
    const referenceData = this.adequacy.referenceDataInfo(decisions);
    const registry: RegistrySnapshot = {
      controllers: parties
        .filter((party) => party.kind === 'CONTROLLER')
        .map(({ key, name, countryCode }) => ({ key, name, country: countryCode })),
      processors: parties
        .filter((party): party is Processor => party.kind === 'PROCESSOR')
        .map((processor) => ({
          key: processor.key,
          name: processor.name,
          country: processor.countryCode,
          parentCountry: processor.parentCountryCode,
          publicBody: processor.publicBody,
          certifications: processor.certifications,
        })),
      engagements: engagements.map((engagement) => ({
        id: engagement.id,
        key: engagement.key,
        client: keyById.get(engagement.clientId)!,
        processor: keyById.get(engagement.processorId)!,
        service: engagement.service,
        dpa: {
          status: engagement.dpa.status,
          signedOn: engagement.dpa.signedOn,
          expiresOn: engagement.dpa.expiresOn,
        },
        authorisation: engagement.authorisation,
        locations: engagement.locations,
        safeguards: engagement.safeguards,
      })),
    };
    const localChanges = referenceData.locallyChangedDecisions;
    return {
      registry,
      reference: {
        countries: this.catalogue.infoMap(),
        adequacyDecisions: decisions.map(toDecisionSnapshot),
        dataVersion:
          localChanges > 0
            ? `${referenceData.version} + ${localChanges} local change(s)`
            : referenceData.version,
        dataAsOf: referenceData.asOf,
      },
      referenceData,
      partiesByKey: new Map(parties.map((party) => [party.key, party])),
      engagementsById: new Map(engagements.map((engagement) => [engagement.id, engagement])),
      decisionsById: new Map(decisions.map((decision) => [decision.id, decision])),
    };
  }
}
