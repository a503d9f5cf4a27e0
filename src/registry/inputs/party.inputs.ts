import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { CountryCodeScalar } from '../../graphql/scalars/country-code.scalar';
import { PARTY_KEY_PATTERN, PARTY_KEY_RULE } from '../registry.rules';
import { NotBlank, OptionalButNotNull } from './validation.decorators';

/** The fields every party has; CreateControllerInput and CreateProcessorInput build on them. */
@InputType({ isAbstract: true })
export abstract class CreatePartyInput {
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

/** The fields every party has, for an update: left out stays as it is, null clears an optional one. */
@InputType({ isAbstract: true })
export abstract class UpdatePartyInput {
  @Field(() => String, { nullable: true, description: 'A new key (renames the party).' })
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

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read. When given and the party has changed since, the update is refused.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}
