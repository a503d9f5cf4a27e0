import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type Region } from '../assessment/core/model';
import { RegionEnum } from '../graphql/enums';
import { CountryCodeScalar } from '../graphql/scalars/country-code.scalar';

/**
 * A country or territory (ISO 3166-1 alpha-2). Reference data, loaded from data/reference/countries.json
 * on start; the table exists so that every stored country code is a real one (foreign keys).
 */
@Entity('country')
@ObjectType({ description: 'A country or territory (ISO 3166-1 alpha-2) and its region under the GDPR.' })
export class Country {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  @Field(() => CountryCodeScalar)
  code!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => RegionEnum)
  region!: Region;
}
