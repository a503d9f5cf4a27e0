import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AdequacyDecision } from './adequacy/adequacy-decision.entity';
import { ShippedAdequacyData } from './adequacy/shipped-reference-data';
import { CountryCatalogue } from './country-catalogue';
import { Country } from './country.entity';

/** Fields that the shipped file decides for decisions nobody has edited. */
const FILE_FIELDS = [
  'countryCode',
  'legalAct',
  'adoptedOn',
  'effectiveFrom',
  'expiresOn',
  'revokedOn',
  'scope',
  'certificationScheme',
  'contested',
  'sourceUrl',
  'notes',
] as const;

/**
 * Brings the reference tables in line with data/reference/ on every start, in one transaction.
 * Idempotent: a restart changes nothing; a newer file updates the decisions nobody edited through
 * the API; decisions edited or recorded locally are never overwritten.
 */
@Injectable()
export class ReferenceDataLoader implements OnModuleInit {
  private readonly logger = new Logger(ReferenceDataLoader.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CountryCatalogue,
    private readonly adequacyFile: ShippedAdequacyData,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.syncCountries(manager);
      await this.syncAdequacyDecisions(manager);
    });
  }

  private async syncCountries(manager: EntityManager): Promise<void> {
    const countries = this.catalogue.all().map(({ code, region }) => ({ code, region }));
    await manager.getRepository(Country).upsert(countries, { conflictPaths: ['code'] });
  }

  private async syncAdequacyDecisions(manager: EntityManager): Promise<void> {
    const repository = manager.getRepository(AdequacyDecision);
    const stored = new Map((await repository.find()).map((decision) => [decision.id, decision]));
    let inserted = 0;
    let updated = 0;
    const keptLocal: string[] = [];
    for (const shipped of this.adequacyFile.file.decisions) {
      const fields = {
        countryCode: shipped.country,
        legalAct: shipped.legalAct,
        adoptedOn: shipped.adoptedOn,
        effectiveFrom: shipped.effectiveFrom,
        expiresOn: shipped.expiresOn,
        revokedOn: shipped.revokedOn,
        scope: shipped.scope,
        certificationScheme: shipped.certificationScheme,
        contested: shipped.contested,
        sourceUrl: shipped.sourceUrl,
        notes: shipped.notes ?? null,
      };
      const current = stored.get(shipped.id);
      if (!current) {
        await repository.insert({ id: shipped.id, ...fields, origin: 'SHIPPED', locallyEditedAt: null });
        inserted++;
        continue;
      }
      const changed = FILE_FIELDS.some((field) => current[field] !== fields[field]);
      if (!changed) continue;
      if (current.locallyEditedAt !== null || current.origin !== 'SHIPPED') {
        keptLocal.push(shipped.id);
        continue;
      }
      await repository.update({ id: shipped.id }, { ...fields, version: current.version + 1 });
      updated++;
    }
    const { version, asOf } = this.adequacyFile.file;
    this.logger.log(
      `Reference data ${version} (as of ${asOf}): ${this.catalogue.all().length} countries, ` +
        `${this.adequacyFile.file.decisions.length} adequacy decisions (${inserted} new, ${updated} updated)`,
    );
    if (keptLocal.length > 0) {
      this.logger.warn(
        `The shipped reference data differs from these locally edited adequacy decisions, which were kept as edited: ${keptLocal.join(', ')}`,
      );
    }
  }
}
