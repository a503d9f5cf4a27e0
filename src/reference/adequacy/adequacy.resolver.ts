import {
  Args,
  Context,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Clock } from '../../common/clock';
import { type GraphQLContext } from '../../graphql/context';
import { CountryCodeScalar } from '../../graphql/scalars/country-code.scalar';
import { DateScalar } from '../../graphql/scalars/date.scalar';
import { CountryCatalogue } from '../country-catalogue';
import { Country } from '../country.entity';
import { AdequacyDecision } from './adequacy-decision.entity';
import { AmendAdequacyDecisionInput, RecordAdequacyDecisionInput } from './adequacy-decision.inputs';
import { AdequacyService, type ReferenceDataInfo } from './adequacy.service';

@ObjectType('ReferenceData', { description: 'How fresh the legal picture behind an assessment is.' })
export class ReferenceDataModel implements ReferenceDataInfo {
  @Field({ description: 'Version of the shipped reference data (data/reference/adequacy-decisions.json).' })
  version!: string;

  @Field(() => DateScalar, {
    description: 'The date up to which the shipped reference data follows the law.',
  })
  asOf!: string;

  @Field(() => Int, { description: 'Adequacy decisions recorded or changed through the API since.' })
  locallyChangedDecisions!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastLocalChangeAt!: Date | null;
}

@Resolver(() => AdequacyDecision)
export class AdequacyDecisionsResolver {
  constructor(
    private readonly adequacy: AdequacyService,
    private readonly catalogue: CountryCatalogue,
  ) {}

  @Query(() => [AdequacyDecision], {
    description: 'Adequacy decisions, in force or not, chronological; optionally of one country.',
  })
  async adequacyDecisions(
    @Args('country', { type: () => CountryCodeScalar, nullable: true }) country: string | null,
  ): Promise<AdequacyDecision[]> {
    return country ? this.adequacy.findByCountries([country]) : this.adequacy.all();
  }

  @Query(() => AdequacyDecision, { nullable: true })
  adequacyDecision(@Args('id', { type: () => ID }) id: string): Promise<AdequacyDecision | null> {
    return this.adequacy.findById(id);
  }

  @Query(() => ReferenceDataModel, {
    description: 'Version and date of the reference data, and local changes since.',
  })
  async referenceData(): Promise<ReferenceDataInfo> {
    return this.adequacy.referenceDataInfo(await this.adequacy.all());
  }

  @ResolveField(() => Country)
  country(decision: AdequacyDecision): Country {
    return this.catalogue.require(decision.countryCode);
  }

  @Mutation(() => AdequacyDecision, { description: 'Records a new adequacy decision (admin).' })
  recordAdequacyDecision(@Args('input') input: RecordAdequacyDecisionInput): Promise<AdequacyDecision> {
    return this.adequacy.record(input);
  }

  @Mutation(() => AdequacyDecision, {
    description:
      'Corrects a decision, e.g. a new expiry after a renewal (admin). The shipped file no longer updates it.',
  })
  amendAdequacyDecision(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AmendAdequacyDecisionInput,
  ): Promise<AdequacyDecision> {
    return this.adequacy.amend(id, input);
  }

  @Mutation(() => AdequacyDecision, {
    description: 'Marks a decision repealed or annulled from a date (admin).',
  })
  revokeAdequacyDecision(
    @Args('id', { type: () => ID }) id: string,
    @Args('revokedOn', { type: () => DateScalar, description: 'No longer in force from this date.' })
    revokedOn: string,
  ): Promise<AdequacyDecision> {
    return this.adequacy.revoke(id, revokedOn);
  }

  @Mutation(() => AdequacyDecision, { description: 'Marks or clears "under legal challenge" (admin).' })
  setAdequacyDecisionContested(
    @Args('id', { type: () => ID }) id: string,
    @Args('contested') contested: boolean,
  ): Promise<AdequacyDecision> {
    return this.adequacy.setContested(id, contested);
  }
}

/** Country's adequacy fields. */
@Resolver(() => Country)
export class CountryAdequacyResolver {
  constructor(
    private readonly adequacyService: AdequacyService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => [AdequacyDecision], {
    description: 'Every decision for the country, in force or not, chronological.',
  })
  adequacyDecisions(country: Country, _args: unknown, context: GraphQLContext): Promise<AdequacyDecision[]> {
    return context.loaders.reference.adequacyDecisionsByCountry.load(country.code);
  }

  @ResolveField(() => AdequacyDecision, {
    nullable: true,
    description:
      "The country's decision in force on asOf (default: today in the service's time zone), if any.",
  })
  async adequacy(
    @Parent() country: Country,
    @Args('asOf', { type: () => DateScalar, nullable: true }) asOf: string | null,
    @Context() context: GraphQLContext,
  ): Promise<AdequacyDecision | null> {
    const decisions = await context.loaders.reference.adequacyDecisionsByCountry.load(country.code);
    return this.adequacyService.inForce(decisions, country.code, asOf ?? this.clock.today());
  }
}
