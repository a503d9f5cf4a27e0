import { type Engagement } from '../registry/entities/engagement.entity';
import { type Party } from '../registry/entities/party.entity';
import { type Assessment, type Finding, type Transfer } from './core';
import { type LoadedSnapshot } from './snapshot.loader';

/**
 * One assessment with the rows it refers to, so that its GraphQL fields resolve without another
 * query. Indexes for the per-processor and per-engagement views are built on first use.
 */
export class AssessmentView {
  private transfersByParty?: Map<string, Transfer[]>;
  private findingsByEngagement?: Map<string, Finding[]>;
  private findingsByProcessor?: Map<string, Finding[]>;

  constructor(
    readonly result: Assessment,
    readonly snapshot: LoadedSnapshot,
  ) {}

  party(key: string): Party {
    const party = this.snapshot.partiesByKey.get(key);
    if (!party) throw new Error(`Assessment refers to an unknown party ${key}`);
    return party;
  }

  engagement(id: string): Engagement {
    const engagement = this.snapshot.engagementsById.get(id);
    if (!engagement) throw new Error(`Assessment refers to an unknown engagement ${id}`);
    return engagement;
  }

  /** Transfers whose chain passes through the party: it receives the data, or passes it on. */
  transfersThrough(partyKey: string): Transfer[] {
    if (!this.transfersByParty) {
      this.transfersByParty = new Map();
      for (const transfer of this.result.transfers) {
        for (const key of new Set(transfer.chain)) push(this.transfersByParty, key, transfer);
      }
    }
    return this.transfersByParty.get(partyKey) ?? [];
  }

  findingsOfEngagement(engagementId: string): Finding[] {
    if (!this.findingsByEngagement) {
      this.findingsByEngagement = new Map();
      for (const finding of this.result.findings) {
        if (finding.engagement !== null) push(this.findingsByEngagement, finding.engagement, finding);
      }
    }
    return this.findingsByEngagement.get(engagementId) ?? [];
  }

  /**
   * What is wrong around one processor: findings that name it (as importer, engaged processor or
   * cycle member), findings of transfers whose chain passes through it, and engagement findings of
   * the engagements in which it is the client (e.g. a subprocessor it engaged without authorisation).
   */
  findingsAround(processorKey: string): Finding[] {
    if (!this.findingsByProcessor) {
      this.findingsByProcessor = new Map();
      const transferIds = new Map<string, readonly string[]>(
        this.result.transfers.map((transfer) => [transfer.id, transfer.chain]),
      );
      const clientOf = new Map<string, string>();
      for (const engagement of this.snapshot.registry.engagements)
        clientOf.set(engagement.id, engagement.client);
      for (const finding of this.result.findings) {
        const concerned = new Set(finding.processors);
        if (finding.transfer !== null)
          for (const key of transferIds.get(finding.transfer) ?? []) concerned.add(key);
        else if (finding.engagement !== null) concerned.add(clientOf.get(finding.engagement)!);
        for (const key of concerned) push(this.findingsByProcessor, key, finding);
      }
    }
    return this.findingsByProcessor.get(processorKey) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
