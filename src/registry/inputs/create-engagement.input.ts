import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { SUBPROCESSOR_AUTHORISATIONS, type SubprocessorAuthorisation } from '../../assessment/core/model';
import { SubprocessorAuthorisationEnum } from '../../graphql/enums';
import { MAX_ENGAGEMENT_KEY_LENGTH } from '../registry.rules';
import { DpaInput } from './dpa.input';
import { ProcessingLocationInput } from './processing-location.input';
import { SafeguardInput } from './safeguard.input';
import { NotBlank, TextList } from './validation.decorators';

@InputType({ description: 'A client (controller or processor) engaging a processor.' })
export class CreateEngagementInput {
  @Field(() => String, {
    nullable: true,
    description: 'Left out: derived as "<client key>/<processor key>/<service>".',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ENGAGEMENT_KEY_LENGTH)
  @NotBlank()
  key?: string | null;

  @Field({ description: 'Key of the client: a controller, or a processor engaging a subprocessor.' })
  @IsString()
  client!: string;

  @Field({ description: 'Key of the processor engaged (never a controller).' })
  @IsString()
  processor!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  @NotBlank()
  service!: string;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @TextList()
  purposes?: string[] | null;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @TextList()
  dataCategories?: string[] | null;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @TextList()
  dataSubjects?: string[] | null;

  @Field(() => DpaInput)
  @ValidateNested()
  @Type(() => DpaInput)
  dpa!: DpaInput;

  @Field(() => SubprocessorAuthorisationEnum, {
    nullable: true,
    description: 'Only when the client is a processor (Art. 28(2)); left out there, it is NONE.',
  })
  @IsOptional()
  @IsIn(SUBPROCESSOR_AUTHORISATIONS)
  authorisation?: SubprocessorAuthorisation | null;

  @Field(() => [ProcessingLocationInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ProcessingLocationInput)
  locations?: ProcessingLocationInput[] | null;

  @Field(() => [SafeguardInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SafeguardInput)
  safeguards?: SafeguardInput[] | null;
}
