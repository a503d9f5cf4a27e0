import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, ValidateNested } from 'class-validator';
import { CountryCodeScalar } from '../../graphql/scalars/country-code.scalar';
import { CertificationInput } from './certification.input';
import { UpdatePartyInput } from './party.inputs';
import { OptionalButNotNull } from './validation.decorators';

@InputType({
  description: 'The fields to change; fields left out stay as they are, null clears an optional field.',
})
export class UpdateProcessorInput extends UpdatePartyInput {
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
}
