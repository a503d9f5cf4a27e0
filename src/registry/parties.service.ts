import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { isUniqueViolation } from '../database/unique-violation';
import { assertExpectedVersion, updateVersioned } from '../database/versioned-update';
import { Controller } from './entities/controller.entity';
import { Engagement } from './entities/engagement.entity';
import { Party, type PartyKind } from './entities/party.entity';
import { type Certification, Processor } from './entities/processor.entity';
import { DuplicateKeyError, PartyInUseError, PartyNotFoundError } from './registry.errors';

/** The stored fields of a party; the processor-only ones are ignored for controllers. */
export interface PartyFields {
  key: string;
  name: string;
  countryCode: string;
  registrationNumber: string | null;
  parentCountryCode: string | null;
  publicBody: boolean;
  certifications: Certification[];
}

export interface DeletedParty {
  key: string;
  deletedEngagements: string[];
}

const entityOf = (kind: PartyKind): typeof Controller | typeof Processor =>
  kind === 'CONTROLLER' ? Controller : Processor;

/**
 * Writes shared by controllers and processors: keys unique across both, optimistic versions, and
 * deletes that never leave an engagement pointing nowhere. Every write is one transaction (the audit
 * log will join it).
 */
@Injectable()
export class PartiesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findByKey<K extends PartyKind>(
    kind: K,
    key: string,
  ): Promise<(K extends 'CONTROLLER' ? Controller : Processor) | null> {
    const party = await this.dataSource.getRepository(entityOf(kind)).findOneBy({ key });
    return party as (K extends 'CONTROLLER' ? Controller : Processor) | null;
  }

  /** Parties by key, whatever their kind (one query). */
  findManyByKey(keys: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Party[]> {
    return keys.length === 0
      ? Promise.resolve([])
      : manager.getRepository(Party).findBy({ key: In([...keys]) });
  }

  async create(kind: PartyKind, fields: PartyFields): Promise<Party> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertKeyFree(manager, fields.key);
      const repository = manager.getRepository(entityOf(kind));
      const party = repository.create(
        kind === 'CONTROLLER' ? controllerColumns(fields) : processorColumns(fields),
      );
      try {
        await repository.insert(party);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateKeyError(fields.key, kind);
        throw error;
      }
      return repository.findOneByOrFail({ key: fields.key });
    });
  }

  async update(
    kind: PartyKind,
    key: string,
    fields: Partial<PartyFields>,
    expectedVersion: number | null | undefined,
  ): Promise<Party> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(entityOf(kind));
      const current = await repository.findOneBy({ key });
      if (!current) throw new PartyNotFoundError(kind, key);
      const what = `The ${kind === 'CONTROLLER' ? 'controller' : 'processor'} "${key}"`;
      assertExpectedVersion(what, expectedVersion, current);
      if (fields.key !== undefined && fields.key !== key) await this.assertKeyFree(manager, fields.key);
      const columns = kind === 'CONTROLLER' ? pickControllerColumns(fields) : pickProcessorColumns(fields);
      try {
        await updateVersioned(repository, current, columns, what);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateKeyError(fields.key ?? key, kind);
        throw error;
      }
      return repository.findOneByOrFail({ id: current.id });
    });
  }

  async delete(kind: PartyKind, key: string, cascade: boolean): Promise<DeletedParty> {
    return this.dataSource.transaction(async (manager) => {
      const party = await manager.getRepository(entityOf(kind)).findOneBy({ key });
      if (!party) throw new PartyNotFoundError(kind, key);
      const engagements = await manager
        .getRepository(Engagement)
        .find({ where: [{ clientId: party.id }, { processorId: party.id }], order: { key: 'ASC' } });
      const engagementKeys = engagements.map((engagement) => engagement.key);
      if (engagements.length > 0 && !cascade) throw new PartyInUseError(kind, key, engagementKeys);
      if (engagements.length > 0) {
        await manager
          .getRepository(Engagement)
          .delete({ id: In(engagements.map((engagement) => engagement.id)) });
      }
      await manager.getRepository(Party).delete({ id: party.id });
      return { key, deletedEngagements: engagementKeys };
    });
  }

  private async assertKeyFree(manager: EntityManager, key: string): Promise<void> {
    const existing = await manager.getRepository(Party).findOneBy({ key });
    if (existing) throw new DuplicateKeyError(key, existing.kind);
  }
}

function controllerColumns(fields: PartyFields): Partial<Controller> {
  return {
    key: fields.key,
    name: fields.name,
    countryCode: fields.countryCode,
    registrationNumber: fields.registrationNumber,
  };
}

function processorColumns(fields: PartyFields): Partial<Processor> {
  return {
    ...controllerColumns(fields),
    parentCountryCode: fields.parentCountryCode,
    publicBody: fields.publicBody,
    certifications: fields.certifications,
  };
}

function pickControllerColumns(fields: Partial<PartyFields>): Partial<Controller> {
  const { key, name, countryCode, registrationNumber } = fields;
  return dropUndefined({ key, name, countryCode, registrationNumber });
}

function pickProcessorColumns(fields: Partial<PartyFields>): Partial<Processor> {
  const { parentCountryCode, publicBody, certifications } = fields;
  return dropUndefined({
    ...pickControllerColumns(fields),
    parentCountryCode,
    publicBody,
    certifications,
  });
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
