import { Field, ObjectType } from '@nestjs/graphql';
import { ChildEntity, Column, JoinColumn, ManyToOne } from 'typeorm';
import { type CertificationScheme } from '../../assessment/core/model';
import { CertificationSchemeEnum } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars/date.scalar';
import { Country } from '../../reference/country.entity';
import { Party } from './party.entity';

@ObjectType({
  description: 'A certification the processor holds, e.g. under the EU-US Data Privacy Framework.',
})
export class Certification {
  @Field(() => CertificationSchemeEnum)
  scheme!: CertificationScheme;

  @Field(() => DateScalar, { nullable: true })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true })
  validUntil!: string | null;
}

/** An organisation that processes personal data on someone's behalf (personuppgiftsbiträde). */
@ChildEntity('PROCESSOR')
@ObjectType({
  implements: () => [Party],
  description:
    "An organisation processing personal data on someone's behalf (personuppgiftsbiträde); a subprocessor (underbiträde) when its client is a processor.",
})
export class Processor extends Party {
  /** Country of the ultimate parent, when it differs from the country of establishment. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  parentCountryCode!: string | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_country_code' })
  parentCountry?: Country | null;

  @Column({ type: 'boolean', default: false })
  @Field({
    description: 'A public authority or body (decides PRIVATE_SECTOR adequacy scopes: Canada, Japan).',
  })
  publicBody!: boolean;

  @Column({ type: 'simple-json', default: '[]' })
  @Field(() => [Certification])
  certifications!: Certification[];
}
