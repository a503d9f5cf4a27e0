import { Field, GraphQLISODateTime, ID, InterfaceType, Int } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  TableInheritance,
  UpdateDateColumn,
} from 'typeorm';
import { Country } from '../../reference/country.entity';

export const PARTY_KINDS = ['CONTROLLER', 'PROCESSOR'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/**
 * Controllers and processors share one table, so that a key is unique across both at the database
 * level and an engagement's client can point at either (single-table inheritance on `kind`).
 */
@Entity('party')
@TableInheritance({ column: { type: 'varchar', length: 20, name: 'kind' } })
@InterfaceType('Party', {
  description: 'An organisation in the registry: one of your own legal entities (Controller) or a Processor.',
  resolveType: (party: Party) => (party.kind === 'CONTROLLER' ? 'Controller' : 'Processor'),
})
export abstract class Party {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: PartyKind;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  @Field({
    description:
      'Unique across controllers and processors, chosen by the user (letters, digits, ".", "_", "-").',
  })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  name!: string;

  @Index()
  @Column({ type: 'varchar', length: 2 })
  countryCode!: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'country_code' })
  country?: Country;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Company registration number, e.g. a Swedish organisationsnummer.',
  })
  registrationNumber!: string | null;

  /** Bumped on every change; an update may name the version it read to refuse a concurrent overwrite. */
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
