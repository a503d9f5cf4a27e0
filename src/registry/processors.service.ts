import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { InputValidationError, type FieldProblem } from '../common/domain-error';
import { checkPageSize, decodeCursor, type Page, toPage } from '../graphql/pagination';
import { Processor } from './entities/processor.entity';
import { type CreateProcessorInput } from './inputs/create-processor.input';
import { type UpdateProcessorInput } from './inputs/update-processor.input';
import { type DeletedParty, PartiesService } from './parties.service';
import { normalizeCertifications } from './registry.normalize';

export interface ProcessorPageQuery {
  first: number;
  after?: string | null;
  search?: string | null;
  country?: string | null;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (character) => `\\${character}`);

@Injectable()
export class ProcessorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parties: PartiesService,
  ) {}

  /** One page of processors in key order: two statements (the page and the count), whatever the size. */
  async page(query: ProcessorPageQuery): Promise<Page<Processor>> {
    checkPageSize(query.first);
    const builder = this.dataSource.getRepository(Processor).createQueryBuilder('processor');
    if (query.country) builder.andWhere('processor.countryCode = :country', { country: query.country });
    const search = query.search?.trim();
    if (search) {
      // lower() is Unicode-aware on both databases (registered for SQLite in database/), so "åhlens" finds "Åhléns"
      builder.andWhere(
        "(lower(processor.name) LIKE :term ESCAPE '\\' OR lower(processor.key) LIKE :term ESCAPE '\\' OR lower(processor.registrationNumber) LIKE :term ESCAPE '\\')",
        { term: `%${escapeLike(search.toLowerCase())}%` },
      );
    }
    const totalCount = await builder.getCount();
    if (query.after) builder.andWhere('processor.key > :after', { after: decodeCursor(query.after) });
    const rows =
      query.first === 0
        ? []
        : await builder
            .orderBy('processor.key', 'ASC')
            .take(query.first + 1)
            .getMany();
    return toPage(rows, query.first, totalCount, (processor) => processor.key);
  }

  findByKey(key: string): Promise<Processor | null> {
    return this.parties.findByKey('PROCESSOR', key);
  }

  async create(input: CreateProcessorInput): Promise<Processor> {
    const problems: FieldProblem[] = [];
    const certifications = normalizeCertifications(input.certifications, 'input.certifications', problems);
    InputValidationError.throwIfAny(problems);
    return (await this.parties.create('PROCESSOR', {
      key: input.key,
      name: input.name,
      countryCode: input.country,
      registrationNumber: input.registrationNumber ?? null,
      parentCountryCode: input.parentCountry ?? null,
      publicBody: input.publicBody ?? false,
      certifications,
    })) as Processor;
  }

  async update(key: string, input: UpdateProcessorInput): Promise<Processor> {
    const problems: FieldProblem[] = [];
    const certifications =
      input.certifications === undefined
        ? undefined
        : normalizeCertifications(input.certifications, 'input.certifications', problems);
    InputValidationError.throwIfAny(problems);
    return (await this.parties.update(
      'PROCESSOR',
      key,
      {
        key: input.key,
        name: input.name,
        countryCode: input.country,
        registrationNumber: input.registrationNumber,
        parentCountryCode: input.parentCountry,
        publicBody: input.publicBody,
        certifications,
      },
      input.version,
    )) as Processor;
  }

  delete(key: string, cascade: boolean): Promise<DeletedParty> {
    return this.parties.delete('PROCESSOR', key, cascade);
  }
}
