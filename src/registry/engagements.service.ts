import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { InputValidationError, type FieldProblem } from '../common/domain-error';
import { isUniqueViolation } from '../database/unique-violation';
import { assertExpectedVersion, updateVersioned } from '../database/versioned-update';
import { Engagement } from './entities/engagement.entity';
import { Party } from './entities/party.entity';
import { type CreateEngagementInput } from './inputs/create-engagement.input';
import { type UpdateEngagementInput } from './inputs/update-engagement.input';
import { PartiesService } from './parties.service';
import { DuplicateKeyError, EngagementNotFoundError } from './registry.errors';
import {
  checkAuthorisationAllowed,
  checkEngagedPartyIsProcessor,
  checkEngagementKey,
  deriveEngagementKey,
} from './registry.rules';
import {
  normalizeAuthorisation,
  normalizeDpa,
  normalizeLocations,
  normalizeSafeguards,
} from './registry.normalize';

export interface DeletedEngagement {
  id: string;
  key: string;
}

@Injectable()
export class EngagementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parties: PartiesService,
  ) {}

  findById(id: string): Promise<Engagement | null> {
    return this.dataSource.getRepository(Engagement).findOneBy({ id });
  }

  /** For the loaders: every engagement whose client is one of these parties (one query). */
  findByClientIds(clientIds: readonly string[]): Promise<Engagement[]> {
    return this.dataSource
      .getRepository(Engagement)
      .find({ where: { clientId: In([...clientIds]) }, order: { key: 'ASC' } });
  }

  /** For the loaders: every engagement in which one of these processors is engaged (one query). */
  findByProcessorIds(processorIds: readonly string[]): Promise<Engagement[]> {
    return this.dataSource
      .getRepository(Engagement)
      .find({ where: { processorId: In([...processorIds]) }, order: { key: 'ASC' } });
  }

  async create(input: CreateEngagementInput): Promise<Engagement> {
    return this.dataSource.transaction(async (manager) => {
      const problems: FieldProblem[] = [];
      const { client, processor } = await this.resolveParties(
        manager,
        input.client,
        input.processor,
        problems,
      );
      const key = input.key ?? deriveEngagementKey(input.client, input.processor, input.service);
      problems.push(...checkEngagementKey(key, input.key ? 'input.key' : 'input.service'));
      if (client) {
        problems.push(
          ...checkAuthorisationAllowed(client.kind, client.key, input.authorisation, 'input.authorisation'),
        );
      }
      const dpa = normalizeDpa(input.dpa, 'input.dpa', problems);
      const locations = normalizeLocations(input.locations, 'input.locations', problems);
      const safeguards = normalizeSafeguards(input.safeguards, 'input.safeguards', problems);
      InputValidationError.throwIfAny(problems);
      await this.assertKeyFree(manager, key);
      const repository = manager.getRepository(Engagement);
      const engagement = repository.create({
        key,
        clientId: client!.id,
        processorId: processor!.id,
        service: input.service,
        purposes: input.purposes ?? [],
        dataCategories: input.dataCategories ?? [],
        dataSubjects: input.dataSubjects ?? [],
        dpa,
        authorisation: normalizeAuthorisation(client!.kind === 'PROCESSOR', input.authorisation),
        locations,
        safeguards,
      });
      await this.insertOrConflict(manager, engagement);
      return repository.findOneByOrFail({ key });
    });
  }

  async update(id: string, input: UpdateEngagementInput): Promise<Engagement> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Engagement);
      const current = await repository.findOneBy({ id });
      if (!current) throw new EngagementNotFoundError(id);
      const what = `The engagement "${current.key}"`;
      assertExpectedVersion(what, input.version, current);
      const problems: FieldProblem[] = [];
      const currentParties = await manager
        .getRepository(Party)
        .findBy({ id: In([current.clientId, current.processorId]) });
      const keyOf = (partyId: string): string => currentParties.find((party) => party.id === partyId)!.key;
      const { client, processor } = await this.resolveParties(
        manager,
        input.client ?? keyOf(current.clientId),
        input.processor ?? keyOf(current.processorId),
        problems,
      );
      if (input.key !== undefined) problems.push(...checkEngagementKey(input.key, 'input.key'));
      if (client && input.authorisation !== undefined) {
        problems.push(
          ...checkAuthorisationAllowed(client.kind, client.key, input.authorisation, 'input.authorisation'),
        );
      }
      const dpa = input.dpa === undefined ? undefined : normalizeDpa(input.dpa, 'input.dpa', problems);
      const locations =
        input.locations === undefined
          ? undefined
          : normalizeLocations(input.locations, 'input.locations', problems);
      const safeguards =
        input.safeguards === undefined
          ? undefined
          : normalizeSafeguards(input.safeguards, 'input.safeguards', problems);
      InputValidationError.throwIfAny(problems);
      if (input.key !== undefined && input.key !== current.key) await this.assertKeyFree(manager, input.key);

      const changes: Partial<Engagement> = {
        key: input.key,
        clientId: client!.id,
        processorId: processor!.id,
        service: input.service,
        purposes: input.purposes,
        dataCategories: input.dataCategories,
        dataSubjects: input.dataSubjects,
        dpa,
        // A controller client never has one (a kept one is cleared); a processor client without one has NONE.
        authorisation: normalizeAuthorisation(
          client!.kind === 'PROCESSOR',
          input.authorisation === undefined ? current.authorisation : input.authorisation,
        ),
        locations,
        safeguards,
      };
      const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      try {
        await updateVersioned(repository, current, set, what);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateKeyError(input.key ?? current.key, 'ENGAGEMENT');
        throw error;
      }
      return repository.findOneByOrFail({ id });
    });
  }

  async delete(id: string): Promise<DeletedEngagement> {
    return this.dataSource.transaction(async (manager) => {
      const engagement = await manager.getRepository(Engagement).findOneBy({ id });
      if (!engagement) throw new EngagementNotFoundError(id);
      await manager.getRepository(Engagement).delete({ id });
      return { id, key: engagement.key };
    });
  }

  /** Looks up client and processor in one query and reports unknown keys and a controller as processor. */
  private async resolveParties(
    manager: EntityManager,
    clientKey: string,
    processorKey: string,
    problems: FieldProblem[],
  ): Promise<{ client?: Party; processor?: Party }> {
    const found = await this.parties.findManyByKey([clientKey, processorKey], manager);
    const client = found.find((party) => party.key === clientKey);
    const processor = found.find((party) => party.key === processorKey);
    if (!client)
      problems.push({ path: 'input.client', message: `no controller or processor with key "${clientKey}"` });
    if (!processor)
      problems.push({ path: 'input.processor', message: `no processor with key "${processorKey}"` });
    else problems.push(...checkEngagedPartyIsProcessor(processor.kind, processor.key, 'input.processor'));
    return { client, processor };
  }

  private async assertKeyFree(manager: EntityManager, key: string): Promise<void> {
    if (await manager.getRepository(Engagement).existsBy({ key }))
      throw new DuplicateKeyError(key, 'ENGAGEMENT');
  }

  private async insertOrConflict(manager: EntityManager, engagement: Engagement): Promise<void> {
    try {
      await manager.getRepository(Engagement).insert(engagement);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateKeyError(engagement.key, 'ENGAGEMENT');
      throw error;
    }
  }
}
