// GraphQL shapes of an assessment. The runtime values wrap the pure assessor's plain output with the
// AssessmentView it belongs to, so that relation fields resolve from the loaded snapshot.
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString } from 'class-validator';
import {
  describeFinding,
  type Finding,
  type FindingCode,
  type Language,
  type ProcessingActivity,
  type Severity,
  type Transfer,
  type TransferBasis,
  type TransferStatus,
} from '../core';
import { CountryCodeScalar } from '../../graphql/scalars/country-code.scalar';
import {
  FindingCodeEnum,
  ProcessingActivityEnum,
  SeverityEnum,
  TransferBasisEnum,
  TransferStatusEnum,
} from '../../graphql/enums';
import { type AssessmentView } from '../assessment.view';

@InputType('AssessmentAssumptions', { description: 'What-if assumptions for an assessment.' })
export class AssessmentAssumptionsInput {
  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description:
      'Treat every adequacy decision for these countries as revoked from asOf on ("what if the DPF falls?").',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @IsString({ each: true })
  revokedAdequacy?: string[] | null;
}

@ObjectType('AssessmentSummary')
export class AssessmentSummaryModel {
  @Field(() => Int)
  transfers!: number;

  @Field(() => Int)
  covered!: number;

  @Field(() => Int)
  atRisk!: number;

  @Field(() => Int)
  notCovered!: number;

  @Field(() => Int, { description: 'Findings of severity CRITICAL, over all findings.' })
  critical!: number;

  @Field(() => Int)
  warning!: number;

  @Field(() => Int)
  info!: number;
}

@ObjectType('TransferAssessment', {
  description:
    'Every transfer outside the EU/EEA reachable from your controllers, with its basis and findings, as of a date.',
})
export class TransferAssessmentModel {}

@ObjectType('Transfer', {
  description:
    'Personal data reaching a third country over one engagement, for one controller: exporter → importer, to one destination.',
})
export class TransferNode {
  constructor(
    readonly transfer: Transfer,
    readonly view: AssessmentView,
  ) {}

  @Field(() => ID, { description: 'Stable across runs: "<controller key>:<engagement key>:<destination>".' })
  get id(): string {
    return this.transfer.id;
  }

  @Field(() => ProcessingActivityEnum, {
    description: 'The first activity the engagement lists for the destination.',
  })
  get activity(): ProcessingActivity {
    return this.transfer.activity;
  }

  @Field({
    description:
      'True when the destination is the importer’s country of establishment, not a listed location.',
  })
  get implied(): boolean {
    return this.transfer.implied;
  }

  @Field(() => TransferBasisEnum)
  get basis(): TransferBasis {
    return this.transfer.basis;
  }

  @Field(() => TransferStatusEnum)
  get status(): TransferStatus {
    return this.transfer.status;
  }
}

@ObjectType('Finding', { description: 'Something a DPO should know or do, with the article and the remedy.' })
export class FindingNode {
  private readonly texts = new Map<Language, { message: string; remediation: string }>();

  constructor(
    readonly finding: Finding,
    readonly view: AssessmentView,
  ) {}

  @Field(() => ID, { description: 'Stable across runs, for comparing reports.' })
  get id(): string {
    return this.finding.id;
  }

  @Field(() => FindingCodeEnum)
  get code(): FindingCode {
    return this.finding.code;
  }

  @Field(() => SeverityEnum)
  get severity(): Severity {
    return this.finding.severity;
  }

  @Field()
  get legalReference(): string {
    return this.finding.legalReference;
  }

  @Field(() => ID, { nullable: true, description: 'The transfer it is attached to, for transfer findings.' })
  get transferId(): string | null {
    return this.finding.transfer;
  }

  text(language: Language): { message: string; remediation: string } {
    let text = this.texts.get(language);
    if (!text) {
      text = describeFinding(this.finding, language);
      this.texts.set(language, text);
    }
    return text;
  }
}
