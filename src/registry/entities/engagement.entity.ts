import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  type DpaStatus,
  type RecordedProcessingActivity,
  type SafeguardMechanism,
  type SccModule,
  type SubprocessorAuthorisation,
} from '../../assessment/core/model';
import {
  DpaStatusEnum,
  ProcessingActivityEnum,
  SafeguardMechanismEnum,
  SccModuleEnum,
  SubprocessorAuthorisationEnum,
} from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars/date.scalar';
import { Party } from './party.entity';
import { Processor } from './processor.entity';

/** The data processing agreement (personuppgiftsbiträdesavtal) of an engagement. */
@ObjectType({
  description: 'The data processing agreement (Art. 28(3) GDPR; for a subprocessor Art. 28(4)).',
})
export class Dpa {
  @Column({ type: 'varchar', length: 20 })
  @Field(() => DpaStatusEnum)
  status!: DpaStatus;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  signedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  expiresOn!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Your reference for the agreement, e.g. "DPA v3 (2024)".',
  })
  reference!: string | null;
}

/** Stored form of a processing location: the country code and how the data is handled there. */
export interface StoredLocation {
  country: string;
  activity: RecordedProcessingActivity;
}

@ObjectType({ description: 'A country where the processor handles the data under this engagement, and how.' })
export class ProcessingLocation implements Omit<StoredLocation, 'country'> {
  @Field(() => ProcessingActivityEnum)
  activity!: RecordedProcessingActivity;
}

/** Stored form of a safeguard. */
export interface StoredSafeguard {
  mechanism: SafeguardMechanism;
  module: SccModule | null;
  signedOn: string | null;
  countries: string[];
  tiaCompletedOn: string | null;
}

@ObjectType({ description: 'A transfer tool recorded on the engagement (Art. 46, 47, 49 GDPR).' })
export class Safeguard implements Omit<StoredSafeguard, 'countries'> {
  @Field(() => SafeguardMechanismEnum)
  mechanism!: SafeguardMechanism;

  @Field(() => SccModuleEnum, {
    nullable: true,
    description: 'For SCC_2021: C2P (module 2) or P2P (module 3).',
  })
  module!: SccModule | null;

  @Field(() => DateScalar, { nullable: true })
  signedOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the transfer impact assessment was completed (EDPB Recommendations 01/2020).',
  })
  tiaCompletedOn!: string | null;
}

/**
 * The contract edge client → processor. Locations and safeguards are value objects owned by the
 * engagement, kept in order (the order decides the transfer's activity and the safeguard tie-break).
 */
@Entity('engagement')
@ObjectType({
  description:
    'The contract edge client → processor: a controller engaging a processor, or a processor engaging a subprocessor.',
})
export class Engagement {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 300 })
  @Field({ description: 'Given, or derived as "<client key>/<processor key>/<service>".' })
  key!: string;

  @Index()
  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => Party, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'client_id' })
  client?: Party;

  @Index()
  @Column({ type: 'uuid' })
  processorId!: string;

  @ManyToOne(() => Processor, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'processor_id' })
  processor?: Processor;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  service!: string;

  @Column({ type: 'simple-json', default: '[]' })
  @Field(() => [String])
  purposes!: string[];

  @Column({ type: 'simple-json', default: '[]' })
  @Field(() => [String])
  dataCategories!: string[];

  @Column({ type: 'simple-json', default: '[]' })
  @Field(() => [String])
  dataSubjects!: string[];

  @Column(() => Dpa, { prefix: 'dpa' })
  @Field(() => Dpa)
  dpa!: Dpa;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => SubprocessorAuthorisationEnum, {
    nullable: true,
    description: 'Null when the client is a controller.',
  })
  authorisation!: SubprocessorAuthorisation | null;

  @Column({ type: 'simple-json', default: '[]' })
  @Field(() => [ProcessingLocation], {
    description: 'In the order recorded: the first activity listed for a country counts.',
  })
  locations!: StoredLocation[];

  @Column({ type: 'simple-json', default: '[]' })
  @Field(() => [Safeguard], {
    description: 'In the order recorded: the last tie-break when choosing the deciding one.',
  })
  safeguards!: StoredSafeguard[];

  @Column({ type: 'integer', default: 1 })
  @Field(() => Int, {
    description: 'Incremented on every change. Pass it back on update to detect concurrent edits.',
  })
  version!: number;

  @CreateDateColumn()
  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @UpdateDateColumn()
  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}
