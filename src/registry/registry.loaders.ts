import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { EngagementsService } from './engagements.service';
import { type Engagement } from './entities/engagement.entity';
import { Party } from './entities/party.entity';

/** Per-request batching for the registry's relation fields: one query per relation and level. */
export interface RegistryLoaders {
  partyById: DataLoader<string, Party>;
  engagementsByClientId: DataLoader<string, Engagement[]>;
  engagementsByProcessorId: DataLoader<string, Engagement[]>;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string, keys: readonly string[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return keys.map((key) => groups.get(key) ?? []);
}

@Injectable()
export class RegistryLoaderFactory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engagements: EngagementsService,
  ) {}

  /** A fresh set for each request: loaders cache, and a cache must never outlive its request. */
  create(): RegistryLoaders {
    return {
      partyById: new DataLoader(async (ids) => {
        const parties = await this.dataSource.getRepository(Party).findBy({ id: In([...ids]) });
        const byId = new Map(parties.map((party) => [party.id, party]));
        // A party deleted between two statements of one request: report it on that field only.
        return ids.map((id) => byId.get(id) ?? new Error(`Party ${id} no longer exists`));
      }),
      engagementsByClientId: new DataLoader(async (ids) =>
        groupBy(await this.engagements.findByClientIds(ids), (engagement) => engagement.clientId, ids),
      ),
      engagementsByProcessorId: new DataLoader(async (ids) =>
        groupBy(await this.engagements.findByProcessorIds(ids), (engagement) => engagement.processorId, ids),
      ),
    };
  }
}
