import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsString } from 'class-validator';
import { RECORDED_PROCESSING_ACTIVITIES, type RecordedProcessingActivity } from '../../assessment/core/model';
import { ProcessingActivityEnum } from '../../graphql/enums';
import { CountryCodeScalar } from '../../graphql/scalars/country-code.scalar';

@InputType({ description: 'A country where the processor handles the data, and how.' })
export class ProcessingLocationInput {
  @Field(() => CountryCodeScalar)
  @IsString()
  country!: string;

  @Field(() => ProcessingActivityEnum, { description: 'HOSTING, BACKUP, REMOTE_ACCESS or PROCESSING.' })
  @IsIn(RECORDED_PROCESSING_ACTIVITIES, {
    message: `activity must be one of ${RECORDED_PROCESSING_ACTIVITIES.join(', ')} (ESTABLISHMENT is added by the assessor, never recorded)`,
  })
  activity!: RecordedProcessingActivity;
}
