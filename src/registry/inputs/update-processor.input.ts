import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CountryCodeScalar } from '../../graphql/scalars/country-code.scalar';
import { PARTY_KEY_PATTERN, PARTY_KEY_RULE } from '../registry.rules';
import { CertificationInput } from './certification.input';
import { NotBlank, OptionalButNotNull } from './validation.decorators';

@InputType({
  description: 'The fields to change; fields left out stay as they are, null clears an optional field.',
})
export class UpdateProcessorInput {
  @Field(() => String, { nullable: true, description: 'A new key (renames the processor).' })
  @OptionalButNotNull()
  @IsString()
  @Matches(PARTY_KEY_PATTERN, { message: `key must be ${PARTY_KEY_RULE}` })
  key?: string;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @IsString()
  @MaxLength(200)
  @NotBlank()
  name?: string;

  @Field(() => CountryCodeScalar, { nullable: true })
  @OptionalButNotNull()
  @IsString()
  country?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @NotBlank()
  registrationNumber?: string | null;

  @Field(() => CountryCodeScalar, { nullable: true })
  @IsOptional()
  @IsString()
  parentCountry?: string | null;

  @Field(() => Boolean, { nullable: true })
  @OptionalButNotNull()
  @IsBoolean()
  publicBody?: boolean;

  @Field(() => [CertificationInput], { nullable: true, description: 'Replaces the whole list.' })
  @OptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CertificationInput)
  certifications?: CertificationInput[];

  @Field(() => Int, {
    nullable: true,
    description:
      'The version you read. When given and the processor has changed since, the update is refused.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}
