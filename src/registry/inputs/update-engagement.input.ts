import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SUBPROCESSOR_AUTHORISATIONS, type SubprocessorAuthorisation } from '../../assessment/core/model';
import { SubprocessorAuthorisationEnum } from '../../graphql/enums';
import { MAX_ENGAGEMENT_KEY_LENGTH } from '../registry.rules';
import { DpaInput } from './dpa.input';
import { ProcessingLocationInput } from './processing-location.input';
import { SafeguardInput } from './safeguard.input';
import { NotBlank, OptionalButNotNull, TextList } from './validation.decorators';

@InputType({
  description:
    'The fields to change; fields left out stay as they are. Lists and the DPA are replaced as a whole.',
})
export class UpdateEngagementInput {
  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @IsString()
  @MaxLength(MAX_ENGAGEMENT_KEY_LENGTH)
  @NotBlank()
  key?: string;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @IsString()
  client?: string;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @IsString()
  processor?: string;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @IsString()
  @MaxLength(200)
  @NotBlank()
  service?: string;

  @Field(() => [String], { nullable: true })
  @OptionalButNotNull()
  @TextList()
  purposes?: string[];

  @Field(() => [String], { nullable: true })
  @OptionalButNotNull()
  @TextList()
  dataCategories?: string[];

  @Field(() => [String], { nullable: true })
  @OptionalButNotNull()
  @TextList()
  dataSubjects?: string[];

  @Field(() => DpaInput, { nullable: true })
  @OptionalButNotNull()
  @ValidateNested()
  @Type(() => DpaInput)
  dpa?: DpaInput;

  @Field(() => SubprocessorAuthorisationEnum, { nullable: true })
  @IsOptional()
  @IsIn(SUBPROCESSOR_AUTHORISATIONS)
  authorisation?: SubprocessorAuthorisation | null;

  @Field(() => [ProcessingLocationInput], { nullable: true })
  @OptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ProcessingLocationInput)
  locations?: ProcessingLocationInput[];

  @Field(() => [SafeguardInput], { nullable: true })
  @OptionalButNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SafeguardInput)
  safeguards?: SafeguardInput[];

  @Field(() => Int, {
    nullable: true,
    description:
      'The version you read. When given and the engagement has changed since, the update is refused.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}
