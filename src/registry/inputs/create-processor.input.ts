import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, ValidateNested } from 'class-validator';
import { CountryCodeScalar } from '../../graphql/scalars/country-code.scalar';
import { CertificationInput } from './certification.input';
import { CreatePartyInput } from './party.inputs';

@InputType({ description: 'A processor or subprocessor.' })
export class CreateProcessorInput extends CreatePartyInput {
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
