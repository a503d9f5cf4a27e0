import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CountryCodeScalar } from '../../graphql/scalars/country-code.scalar';
import { PARTY_KEY_PATTERN, PARTY_KEY_RULE } from '../registry.rules';
import { NotBlank } from './validation.decorators';

@InputType({ description: 'One of your own legal entities.' })
export class CreateControllerInput {
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
}
