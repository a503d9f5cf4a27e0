import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLContext } from '../graphql/context';
import { Country } from '../reference/country.entity';
import { CountryCatalogue } from '../reference/country-catalogue';
import { EngagementsService } from './engagements.service';
import {
  Engagement,
  ProcessingLocation,
  Safeguard,
  type StoredLocation,
  type StoredSafeguard,
} from './entities/engagement.entity';
import { Party } from './entities/party.entity';
import { Processor } from './entities/processor.entity';
import { CreateEngagementInput } from './inputs/create-engagement.input';
import { UpdateEngagementInput } from './inputs/update-engagement.input';
import { DeletedEngagement } from './registry.results';

@Resolver(() => Engagement)
export class EngagementsResolver {
  constructor(private readonly engagements: EngagementsService) {}

  @Query(() => Engagement, { nullable: true })
  engagement(@Args('id', { type: () => ID }) id: string): Promise<Engagement | null> {
    return this.engagements.findById(id);
  }

  @ResolveField(() => Party, { description: 'The controller, or the processor engaging a subprocessor.' })
  client(engagement: Engagement, _args: unknown, context: GraphQLContext): Promise<Party> {
    return context.loaders.registry.partyById.load(engagement.clientId);
  }

  @ResolveField(() => Processor)
  processor(engagement: Engagement, _args: unknown, context: GraphQLContext): Promise<Processor> {
    return context.loaders.registry.partyById.load(engagement.processorId) as Promise<Processor>;
  }

  @Mutation(() => Engagement)
  createEngagement(@Args('input') input: CreateEngagementInput): Promise<Engagement> {
    return this.engagements.create(input);
  }

  @Mutation(() => Engagement)
  updateEngagement(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateEngagementInput,
  ): Promise<Engagement> {
    return this.engagements.update(id, input);
  }

  @Mutation(() => DeletedEngagement)
  deleteEngagement(@Args('id', { type: () => ID }) id: string): Promise<DeletedEngagement> {
    return this.engagements.delete(id);
  }
}

@Resolver(() => ProcessingLocation)
export class ProcessingLocationResolver {
  constructor(private readonly catalogue: CountryCatalogue) {}

  @ResolveField(() => Country)
  country(location: StoredLocation): Country {
    return this.catalogue.require(location.country);
  }
}

@Resolver(() => Safeguard)
export class SafeguardResolver {
  constructor(private readonly catalogue: CountryCatalogue) {}

  @ResolveField(() => [Country], {
    description: 'The destinations it covers; empty: every destination of the engagement.',
  })
  countries(safeguard: StoredSafeguard): Country[] {
    return safeguard.countries.map((code) => this.catalogue.require(code));
  }
}
