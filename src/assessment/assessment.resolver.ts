import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLContext } from '../graphql/context';
import { LanguageEnum } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars/date.scalar';
import { AdequacyDecision } from '../reference/adequacy/adequacy-decision.entity';
import { ReferenceDataModel } from '../reference/adequacy/adequacy.resolver';
import { type ReferenceDataInfo } from '../reference/adequacy/adequacy.service';
import { Country } from '../reference/country.entity';
import { CountryCatalogue } from '../reference/country-catalogue';
import { Controller } from '../registry/entities/controller.entity';
import { Engagement, Safeguard, type StoredSafeguard } from '../registry/entities/engagement.entity';
import { Party } from '../registry/entities/party.entity';
import { Processor } from '../registry/entities/processor.entity';
import { AssessmentService } from './assessment.service';
import { type AssessmentView } from './assessment.view';
import { type AssessmentSummary, type Language } from './core';
import {
  AssessmentAssumptionsInput,
  AssessmentSummaryModel,
  FindingNode,
  TransferAssessmentModel,
  TransferNode,
} from './models/assessment.models';

// `assumptions` parameters are null when the caller gives none. They are declared as the bare class on
// purpose: TypeScript records a `T | null` parameter's type as Object, and the validation pipe (which
// reads that record) would then skip validating the input.

/** One assessment per distinct (asOf, controller, assumptions) per request, however many fields ask. */
function viewFor(
  service: AssessmentService,
  context: GraphQLContext,
  request: {
    asOf?: string | null;
    controllerKey?: string | null;
    assumptions?: AssessmentAssumptionsInput | null;
  },
): Promise<AssessmentView> {
  const key = JSON.stringify(service.normalize(request));
  let view = context.assessments.get(key);
  if (!view) {
    view = service.assess(request);
    context.assessments.set(key, view);
  }
  return view;
}

const toTransferNodes = (
  view: AssessmentView,
  transfers: AssessmentView['result']['transfers'],
): TransferNode[] => transfers.map((transfer) => new TransferNode(transfer, view));
const toFindingNodes = (
  view: AssessmentView,
  findings: AssessmentView['result']['findings'],
): FindingNode[] => findings.map((finding) => new FindingNode(finding, view));

@Resolver(() => TransferAssessmentModel)
export class TransferAssessmentResolver {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly catalogue: CountryCatalogue,
  ) {}

  @Query(() => TransferAssessmentModel, {
    description:
      'Walks every chain from each controller (or one) and decides each transfer to a third country as of a date ' +
      '(default today), optionally under what-if assumptions. See assessment.md for the rules.',
  })
  transferAssessment(
    @Args('asOf', {
      type: () => DateScalar,
      nullable: true,
      description: 'Not before 2018-05-25. Default: today.',
    })
    asOf: string | null,
    @Args('controllerKey', {
      type: () => String,
      nullable: true,
      description: 'Only what this controller reaches.',
    })
    controllerKey: string | null,
    @Args('assumptions', { type: () => AssessmentAssumptionsInput, nullable: true })
    assumptions: AssessmentAssumptionsInput /* or null */,
    @Context() context: GraphQLContext,
  ): Promise<AssessmentView> {
    return viewFor(this.assessments, context, { asOf, controllerKey, assumptions });
  }

  @ResolveField(() => DateScalar)
  asOf(view: AssessmentView): string {
    return view.result.asOf;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The controller the assessment was restricted to.',
  })
  controllerKey(view: AssessmentView): string | null {
    return view.result.controllerKey;
  }

  @ResolveField(() => [Country], { description: 'The what-if revocations applied.' })
  revokedAdequacy(view: AssessmentView): Country[] {
    return view.result.assumptions.revokedAdequacy.map((code) => this.catalogue.require(code));
  }

  @ResolveField(() => ReferenceDataModel, {
    description: 'How fresh the legal picture behind this assessment is.',
  })
  referenceData(view: AssessmentView): ReferenceDataInfo {
    return view.snapshot.referenceData;
  }

  @ResolveField(() => [TransferNode], { description: 'By controller key, engagement key, destination.' })
  transfers(view: AssessmentView): TransferNode[] {
    return toTransferNodes(view, view.result.transfers);
  }

  @ResolveField(() => [FindingNode], {
    description: 'Every finding (transfer, engagement and graph), most severe first.',
  })
  findings(view: AssessmentView): FindingNode[] {
    return toFindingNodes(view, view.result.findings);
  }

  @ResolveField(() => AssessmentSummaryModel)
  summary(view: AssessmentView): AssessmentSummary {
    return view.result.summary;
  }
}

@Resolver(() => TransferNode)
export class TransferResolver {
  constructor(private readonly catalogue: CountryCatalogue) {}

  @ResolveField(() => Controller)
  controller(node: TransferNode): Party {
    return node.view.party(node.transfer.controller);
  }

  @ResolveField(() => Party, {
    description: 'The engagement’s client: the controller or a processor passing data on.',
  })
  exporter(node: TransferNode): Party {
    return node.view.party(node.transfer.exporter);
  }

  @ResolveField(() => Processor)
  importer(node: TransferNode): Party {
    return node.view.party(node.transfer.importer);
  }

  @ResolveField(() => Engagement)
  engagement(node: TransferNode): Engagement {
    return node.view.engagement(node.transfer.engagement);
  }

  @ResolveField(() => [Party], {
    description: 'The controller first, the shortest path of engagements to the exporter, the importer last.',
  })
  chain(node: TransferNode): Party[] {
    return node.transfer.chain.map((key) => node.view.party(key));
  }

  @ResolveField(() => Country)
  destination(node: TransferNode): Country {
    return this.catalogue.require(node.transfer.destination);
  }

  @ResolveField(() => AdequacyDecision, {
    nullable: true,
    description: 'The decision relied on, when basis is ADEQUACY.',
  })
  adequacyDecision(node: TransferNode): AdequacyDecision | null {
    const id = node.transfer.adequacyDecision;
    return id === null ? null : (node.view.snapshot.decisionsById.get(id) ?? null);
  }

  @ResolveField(() => Safeguard, {
    nullable: true,
    description: 'The deciding safeguard, when basis is SCC, BCR, OTHER_SAFEGUARD or DEROGATION.',
  })
  safeguard(node: TransferNode): StoredSafeguard | null {
    const index = node.transfer.safeguardIndex;
    return index === null ? null : node.view.engagement(node.transfer.engagement).safeguards[index];
  }

  @ResolveField(() => [FindingNode])
  findings(node: TransferNode): FindingNode[] {
    return toFindingNodes(node.view, node.transfer.findings);
  }
}

@Resolver(() => FindingNode)
export class FindingResolver {
  @ResolveField(() => String, { description: 'Plain language, naming the organisations and countries.' })
  message(
    @Parent() node: FindingNode,
    @Args('language', { type: () => LanguageEnum, defaultValue: 'EN', nullable: true })
    language: Language | null,
  ): string {
    return node.text(language ?? 'EN').message;
  }

  @ResolveField(() => String, { description: 'What to do about it.' })
  remediation(
    @Parent() node: FindingNode,
    @Args('language', { type: () => LanguageEnum, defaultValue: 'EN', nullable: true })
    language: Language | null,
  ): string {
    return node.text(language ?? 'EN').remediation;
  }

  @ResolveField(() => Controller, { nullable: true, description: 'Set on transfer findings.' })
  controller(node: FindingNode): Party | null {
    return node.finding.controller === null ? null : node.view.party(node.finding.controller);
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'Set on transfer and engagement findings.' })
  engagement(node: FindingNode): Engagement | null {
    return node.finding.engagement === null ? null : node.view.engagement(node.finding.engagement);
  }

  @ResolveField(() => [Processor], {
    description: 'The organisations concerned: the importer; the engaged processor; a cycle’s members.',
  })
  processors(node: FindingNode): Party[] {
    return node.finding.processors.map((key) => node.view.party(key));
  }
}

const asOfArg = { type: () => DateScalar, nullable: true, description: 'Default: today.' } as const;
const assumptionsArg = { type: () => AssessmentAssumptionsInput, nullable: true } as const;

/** "What is wrong with this vendor", without reading the whole assessment. */
@Resolver(() => Processor)
export class ProcessorAssessmentResolver {
  constructor(private readonly assessments: AssessmentService) {}

  @ResolveField(() => [TransferNode], {
    description:
      'Transfers whose chain passes through this processor: it receives the data, or passes it on.',
  })
  async transfers(
    @Parent() processor: Processor,
    @Args('asOf', asOfArg) asOf: string | null,
    @Args('assumptions', assumptionsArg) assumptions: AssessmentAssumptionsInput /* or null */,
    @Context() context: GraphQLContext,
  ): Promise<TransferNode[]> {
    const view = await viewFor(this.assessments, context, { asOf, assumptions });
    return toTransferNodes(view, view.transfersThrough(processor.key));
  }

  @ResolveField(() => [FindingNode], {
    description:
      'Findings that name this processor, findings of transfers through it, and findings of the engagements in which it is the client.',
  })
  async findings(
    @Parent() processor: Processor,
    @Args('asOf', asOfArg) asOf: string | null,
    @Args('assumptions', assumptionsArg) assumptions: AssessmentAssumptionsInput /* or null */,
    @Context() context: GraphQLContext,
  ): Promise<FindingNode[]> {
    const view = await viewFor(this.assessments, context, { asOf, assumptions });
    return toFindingNodes(view, view.findingsAround(processor.key));
  }
}

@Resolver(() => Engagement)
export class EngagementAssessmentResolver {
  constructor(private readonly assessments: AssessmentService) {}

  @ResolveField(() => [TransferNode], {
    description: 'Transfers made over this engagement, for every controller that reaches it.',
  })
  async transfers(
    @Parent() engagement: Engagement,
    @Args('asOf', asOfArg) asOf: string | null,
    @Args('assumptions', assumptionsArg) assumptions: AssessmentAssumptionsInput /* or null */,
    @Context() context: GraphQLContext,
  ): Promise<TransferNode[]> {
    const view = await viewFor(this.assessments, context, { asOf, assumptions });
    return toTransferNodes(
      view,
      view.result.transfers.filter((transfer) => transfer.engagement === engagement.id),
    );
  }

  @ResolveField(() => [FindingNode], {
    description: 'Its engagement findings and the findings of its transfers.',
  })
  async findings(
    @Parent() engagement: Engagement,
    @Args('asOf', asOfArg) asOf: string | null,
    @Args('assumptions', assumptionsArg) assumptions: AssessmentAssumptionsInput /* or null */,
    @Context() context: GraphQLContext,
  ): Promise<FindingNode[]> {
    const view = await viewFor(this.assessments, context, { asOf, assumptions });
    return toFindingNodes(view, view.findingsOfEngagement(engagement.id));
  }
}
