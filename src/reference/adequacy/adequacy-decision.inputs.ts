import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import {
  ADEQUACY_SCOPES,
  CERTIFICATION_SCHEMES,
  type AdequacyScope,
  type CertificationScheme,
} from '../../assessment/core/model';
import { AdequacyScopeEnum, CertificationSchemeEnum } from '../../graphql/enums';
import { CountryCodeScalar } from '../../graphql/scalars/country-code.scalar';
import { DateScalar } from '../../graphql/scalars/date.scalar';
import { NotBlank, OptionalButNotNull } from '../../registry/inputs/validation.decorators';

export const ADEQUACY_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}$/;

@InputType({ description: 'A new adequacy decision, e.g. one adopted after this release.' })
export class RecordAdequacyDecisionInput {
  @Field(() => String, {
    nullable: true,
    description: 'Lower-case letters, digits and "-"; left out: "<country>-<effectiveFrom>-local".',
  })
  @IsOptional()
  @IsString()
  @Matches(ADEQUACY_ID_PATTERN, { message: 'id must be 2 to 64 lower-case letters, digits or "-"' })
  id?: string | null;

  @Field(() => CountryCodeScalar)
  @IsString()
  country!: string;

  @Field()
  @IsString()
  @MaxLength(300)
  @NotBlank()
  legalAct!: string;

  @Field(() => DateScalar)
  @IsString()
  adoptedOn!: string;

  @Field(() => DateScalar)
  @IsString()
  effectiveFrom!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  expiresOn?: string | null;

  @Field(() => AdequacyScopeEnum)
  @IsIn(ADEQUACY_SCOPES)
  scope!: AdequacyScope;

  @Field(() => CertificationSchemeEnum, { nullable: true })
  @IsOptional()
  @IsIn(CERTIFICATION_SCHEMES)
  certificationScheme?: CertificationScheme | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  contested?: boolean | null;

  @Field()
  @IsString()
  @MaxLength(500)
  sourceUrl!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

@InputType({
  description:
    'Corrections to a decision, e.g. a new expiry after a renewal. Fields left out stay as they are.',
})
export class AmendAdequacyDecisionInput {
  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @IsString()
  @MaxLength(300)
  @NotBlank()
  legalAct?: string;

  @Field(() => DateScalar, { nullable: true })
  @OptionalButNotNull()
  @IsString()
  adoptedOn?: string;

  @Field(() => DateScalar, { nullable: true })
  @OptionalButNotNull()
  @IsString()
  effectiveFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'null: no sunset.' })
  @IsOptional()
  @IsString()
  expiresOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'null: not revoked.' })
  @IsOptional()
  @IsString()
  revokedOn?: string | null;

  @Field(() => AdequacyScopeEnum, { nullable: true })
  @OptionalButNotNull()
  @IsIn(ADEQUACY_SCOPES)
  scope?: AdequacyScope;

  @Field(() => CertificationSchemeEnum, { nullable: true })
  @IsOptional()
  @IsIn(CERTIFICATION_SCHEMES)
  certificationScheme?: CertificationScheme | null;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @IsString()
  @MaxLength(500)
  sourceUrl?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you read; a concurrent change is refused.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}
