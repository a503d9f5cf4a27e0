import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString } from 'class-validator';
import {
  SAFEGUARD_MECHANISMS,
  SCC_MODULES,
  type SafeguardMechanism,
  type SccModule,
} from '../../assessment/core/model';
import { SafeguardMechanismEnum, SccModuleEnum } from '../../graphql/enums';
import { CountryCodeScalar } from '../../graphql/scalars/country-code.scalar';
import { DateScalar } from '../../graphql/scalars/date.scalar';

@InputType({ description: 'A transfer tool recorded on the engagement.' })
export class SafeguardInput {
  @Field(() => SafeguardMechanismEnum)
  @IsIn(SAFEGUARD_MECHANISMS)
  mechanism!: SafeguardMechanism;

  @Field(() => SccModuleEnum, {
    nullable: true,
    description: 'For SCC_2021: C2P (module 2) or P2P (module 3).',
  })
  @IsOptional()
  @IsIn(SCC_MODULES)
  module?: SccModule | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  signedOn?: string | null;

  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: 'The destinations it covers; empty or left out: every destination of the engagement.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @IsString({ each: true })
  countries?: string[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the transfer impact assessment was completed.',
  })
  @IsOptional()
  tiaCompletedOn?: string | null;
}
