import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { type AdequacyScope, type CertificationScheme } from '../../assessment/core/model';
import { AdequacyScopeEnum, CertificationSchemeEnum } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars/date.scalar';
import { Country } from '../country.entity';

export const ADEQUACY_ORIGINS = ['SHIPPED', 'LOCAL'] as const;
export type AdequacyOrigin = (typeof ADEQUACY_ORIGINS)[number];

/**
 * An adequacy decision (Art. 45 GDPR). Shipped ones come from data/reference/adequacy-decisions.json
 * and follow the file until someone edits them through the API (`locallyEditedAt`); local ones are
 * recorded through the API. Either way they carry today's knowledge: the current expiry, not the
 * history of amendments.
 */
@Entity('adequacy_decision')
@ObjectType({ description: 'An adequacy decision of the European Commission (Art. 45 GDPR).' })
export class AdequacyDecision {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  @Field(() => ID, {
    description: 'Stable: the shipped id (e.g. "us-2023-1795-dpf") or one given when recorded.',
  })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 2 })
  countryCode!: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'country_code' })
  country?: Country;

  @Column({ type: 'varchar', length: 300 })
  @Field()
  legalAct!: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar)
  adoptedOn!: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'In force from this date.' })
  effectiveFrom!: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Sunset: in force up to and including this date.' })
  expiresOn!: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Repealed or annulled: no longer in force from this date.',
  })
  revokedOn!: string | null;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => AdequacyScopeEnum)
  scope!: AdequacyScope;

  @Column({ type: 'varchar', length: 30, nullable: true })
  @Field(() => CertificationSchemeEnum, {
    nullable: true,
    description: 'Set exactly for CERTIFIED_ORGANISATIONS.',
  })
  certificationScheme!: CertificationScheme | null;

  @Column({ type: 'boolean', default: false })
  @Field({ description: 'Under legal challenge (the EU-US DPF: Case C-703/25 P).' })
  contested!: boolean;

  @Column({ type: 'varchar', length: 500 })
  @Field()
  sourceUrl!: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => String, {
    description: 'SHIPPED (from the reference data file) or LOCAL (recorded through the API).',
  })
  origin!: AdequacyOrigin;

  @Column({ type: Date, nullable: true })
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'When it was last changed through the API. A shipped decision edited locally no longer follows the file.',
  })
  locallyEditedAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  @Field(() => Int)
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
