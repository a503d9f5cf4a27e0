import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DPA_STATUSES, type DpaStatus } from '../../assessment/core/model';
import { DpaStatusEnum } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars/date.scalar';
import { NotBlank } from './validation.decorators';

@InputType({ description: 'The data processing agreement (Art. 28(3) GDPR).' })
export class DpaInput {
  @Field(() => DpaStatusEnum)
  @IsIn(DPA_STATUSES)
  status!: DpaStatus;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  signedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Not before signedOn.' })
  @IsOptional()
  expiresOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NotBlank()
  reference?: string | null;
}
