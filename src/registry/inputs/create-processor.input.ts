import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CountryCodeScalar } from '../../graphql/scalars/country-code.scalar';
import { PARTY_KEY_PATTERN, PARTY_KEY_RULE } from '../registry.rules';
import { CertificationInput } from './certification.input';
import { NotBlank } from './validation.decorators';

@InputType({ description: 'A processor or subprocessor.' })
export class CreateProcessorInput {
  @Field({ description: `Unique across controllers and processors: ${PARTY_KEY_RULE}.` })
  @IsString()
  @Matches(PARTY_KEY_PATTERN, { message: `key must be ${PARTY_KEY_RULE}` })
  key!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  @NotBlank()
  name!: string;

  @Field(() => CountryCodeScalar, { description: 'Country of establishment.' })
  @IsString()
  country!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @NotBlank()
  registrationNumber?: string | null;

  @Field(() => CountryCodeScalar, {
    nullable: true,
    description: 'Country of the ultimate parent, when it differs.',
  })
  @IsOptional()
  @IsString()
  parentCountry?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  publicBody?: boolean | null;

  @Field(() => [CertificationInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CertificationInput)
  certifications?: CertificationInput[] | null;
}
