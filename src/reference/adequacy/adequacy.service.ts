import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { decisionsInForce } from '../../assessment/core/adequacy';
import { type AdequacyDecisionSnapshot } from '../../assessment/core/model';
import { Clock } from '../../common/clock';
import { InputValidationError } from '../../common/domain-error';
import { assertExpectedVersion, updateVersioned } from '../../database/versioned-update';
import { CountryCatalogue } from '../country-catalogue';
import { AdequacyDecision } from './adequacy-decision.entity';
import {
  type AmendAdequacyDecisionInput,
  type RecordAdequacyDecisionInput,
} from './adequacy-decision.inputs';
import { AdequacyDecisionExistsError, AdequacyDecisionNotFoundError } from './adequacy.errors';
import { type AdequacyDecisionFields, checkAdequacyDecision } from './adequacy.rules';
import { ShippedAdequacyData } from './shipped-reference-data';

export interface ReferenceDataInfo {
  version: string;
  asOf: string;
  locallyChangedDecisions: number;
  lastLocalChangeAt: Date | null;
}

/** Order of a country's decisions: by effectiveFrom, then id. */
const chronological = (left: AdequacyDecision, right: AdequacyDecision): number =>
  left.effectiveFrom < right.effectiveFrom
    ? -1
    : left.effectiveFrom > right.effectiveFrom
      ? 1
      : left.id < right.id
        ? -1
        : 1;

export function toDecisionSnapshot(decision: AdequacyDecision): AdequacyDecisionSnapshot {
  return {
    id: decision.id,
    country: decision.countryCode,
    legalAct: decision.legalAct,
    adoptedOn: decision.adoptedOn,
    effectiveFrom: decision.effectiveFrom,
    expiresOn: decision.expiresOn,
    revokedOn: decision.revokedOn,
    scope: decision.scope,
    certificationScheme: decision.certificationScheme,
    contested: decision.contested,
    sourceUrl: decision.sourceUrl,
  };
}

/** Adequacy decisions: reading them, and keeping them true without a release (admin mutations). */
@Injectable()
export class AdequacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CountryCatalogue,
    private readonly shipped: ShippedAdequacyData,
    private readonly clock: Clock,
  ) {}

  /** Every decision, chronological (one query). */
  async all(): Promise<AdequacyDecision[]> {
    return (await this.dataSource.getRepository(AdequacyDecision).find()).sort(chronological);
  }

  findById(id: string): Promise<AdequacyDecision | null> {
    return this.dataSource.getRepository(AdequacyDecision).findOneBy({ id });
  }

  /** For the loaders: decisions of these countries, chronological (one query). */
  async findByCountries(codes: readonly string[]): Promise<AdequacyDecision[]> {
    const decisions = await this.dataSource
      .getRepository(AdequacyDecision)
      .findBy({ countryCode: In([...codes]) });
    return decisions.sort(chronological);
  }

  /** The country's decision in force on asOf (assessment.md section 4), among the given ones. */
  inForce(decisions: readonly AdequacyDecision[], code: string, asOf: string): AdequacyDecision | null {
    const winner = decisionsInForce(decisions.map(toDecisionSnapshot), asOf).get(code);
    return winner ? (decisions.find((decision) => decision.id === winner.id) ?? null) : null;
  }

  /** How fresh the legal picture is: the shipped file's version and date, and local changes since. */
  referenceDataInfo(decisions: readonly AdequacyDecision[]): ReferenceDataInfo {
    const local = decisions.filter((decision) => decision.locallyEditedAt !== null);
    const last = local.reduce<Date | null>(
      (latest, decision) =>
        latest === null || decision.locallyEditedAt! > latest ? decision.locallyEditedAt : latest,
      null,
    );
    return {
      version: this.shipped.file.version,
      asOf: this.shipped.file.asOf,
      locallyChangedDecisions: local.length,
      lastLocalChangeAt: last,
    };
  }

  async record(input: RecordAdequacyDecisionInput): Promise<AdequacyDecision> {
    const fields: AdequacyDecisionFields = {
      countryCode: input.country,
      legalAct: input.legalAct,
      adoptedOn: input.adoptedOn,
      effectiveFrom: input.effectiveFrom,
      expiresOn: input.expiresOn ?? null,
      revokedOn: null,
      scope: input.scope,
      certificationScheme: input.certificationScheme ?? null,
      sourceUrl: input.sourceUrl,
    };
    InputValidationError.throwIfAny(
      checkAdequacyDecision(fields, (code) => this.catalogue.get(code)?.region, 'input'),
    );
    const id = input.id ?? `${input.country.toLowerCase()}-${input.effectiveFrom}-local`;
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AdequacyDecision);
      if (await repository.existsBy({ id })) throw new AdequacyDecisionExistsError(id);
      await repository.insert({
        id,
        ...fields,
        contested: input.contested ?? false,
        notes: input.notes ?? null,
        origin: 'LOCAL',
        locallyEditedAt: this.clock.now(),
      });
      return repository.findOneByOrFail({ id });
    });
  }

  amend(id: string, input: AmendAdequacyDecisionInput): Promise<AdequacyDecision> {
    const { version, ...changes } = input;
    return this.change(id, changes, version);
  }

  revoke(id: string, revokedOn: string): Promise<AdequacyDecision> {
    // The mutation's argument is `revokedOn` itself, not a field of an input: problems name it so.
    return this.change(id, { revokedOn }, undefined, '');
  }

  setContested(id: string, contested: boolean): Promise<AdequacyDecision> {
    return this.change(id, { contested }, undefined, '');
  }

  /** Every change validates the whole decision as it would be, and marks it locally edited. */
  private change(
    id: string,
    changes: Partial<Omit<AdequacyDecision, 'id'>>,
    expectedVersion: number | null | undefined,
    path = 'input',
  ): Promise<AdequacyDecision> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AdequacyDecision);
      const current = await repository.findOneBy({ id });
      if (!current) throw new AdequacyDecisionNotFoundError(id);
      const what = `The adequacy decision "${id}"`;
      assertExpectedVersion(what, expectedVersion, current);
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const next = { ...current, ...defined };
      InputValidationError.throwIfAny(
        checkAdequacyDecision(next, (code) => this.catalogue.get(code)?.region, path),
      );
      await updateVersioned(repository, current, { ...defined, locallyEditedAt: this.clock.now() }, what);
      return repository.findOneByOrFail({ id });
    });
  }
}
