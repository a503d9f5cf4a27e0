import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { CERTIFICATION_SCHEMES, type CertificationScheme } from '../../assessment/core/model';
import { CertificationSchemeEnum } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars/date.scalar';

@InputType({
  description: 'A certification the processor holds, e.g. under the EU-US Data Privacy Framework.',
})
export class CertificationInput {
  @Field(() => CertificationSchemeEnum)
  @IsIn(CERTIFICATION_SCHEMES)
  scheme!: CertificationScheme;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Not before validFrom.' })
  @IsOptional()
  validUntil?: string | null;
}
