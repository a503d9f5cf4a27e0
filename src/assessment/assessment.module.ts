import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module';
import {
  EngagementAssessmentResolver,
  FindingResolver,
  ProcessorAssessmentResolver,
  TransferAssessmentResolver,
  TransferResolver,
} from './assessment.resolver';
import { AssessmentService } from './assessment.service';
import { SnapshotLoader } from './snapshot.loader';

@Module({
  imports: [ReferenceModule],
  providers: [
    SnapshotLoader,
    AssessmentService,
    TransferAssessmentResolver,
    TransferResolver,
    FindingResolver,
    ProcessorAssessmentResolver,
    EngagementAssessmentResolver,
  ],
  exports: [AssessmentService],
})
export class AssessmentModule {}
