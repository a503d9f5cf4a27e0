import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLContext } from '../graphql/context';
import { type Page } from '../graphql/pagination';
import { CountryCodeScalar } from '../graphql/scalars/country-code.scalar';
import { Country } from '../reference/country.entity';
import { CountryCatalogue } from '../reference/country-catalogue';
import { Engagement } from './entities/engagement.entity';
import { Processor } from './entities/processor.entity';
import { CreateProcessorInput } from './inputs/create-processor.input';
import { UpdateProcessorInput } from './inputs/update-processor.input';
import { ProcessorsService } from './processors.service';
import { DeletedParty, ProcessorConnection } from './registry.results';

@Resolver(() => Processor)
export class ProcessorsResolver {
  constructor(
    private readonly processorsService: ProcessorsService,
    private readonly catalogue: CountryCatalogue,
  ) {}

  @Query(() => ProcessorConnection, { description: 'Processors in key order, a page at a time.' })
  processors(
    @Args('first', { type: () => Int, defaultValue: 50, nullable: true, description: 'Page size, 0 to 500.' })
    first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('search', {
      type: () => String,
      nullable: true,
      description: 'Case-insensitive text found in the name, key or registration number.',
    })
    search: string | null,
    @Args('country', {
      type: () => CountryCodeScalar,
      nullable: true,
      description: 'Country of establishment.',
    })
    country: string | null,
  ): Promise<Page<Processor>> {
    return this.processorsService.page({ first: first ?? 50, after, search, country });
  }

  @Query(() => Processor, { nullable: true })
  processor(@Args('key') key: string): Promise<Processor | null> {
    return this.processorsService.findByKey(key);
  }

  @ResolveField(() => Country, {
    nullable: true,
    description: 'Country of the ultimate parent, when it differs.',
  })
  parentCountry(processor: Processor): Country | null {
    return processor.parentCountryCode ? this.catalogue.require(processor.parentCountryCode) : null;
  }

  @ResolveField(() => [Engagement], {
    description: 'Engagements in which it is the processor: who engages it.',
  })
  engagedBy(processor: Processor, _args: unknown, context: GraphQLContext): Promise<Engagement[]> {
    return context.loaders.registry.engagementsByProcessorId.load(processor.id);
  }

  @ResolveField(() => [Engagement], {
    description: 'Engagements in which it is the client: its subprocessors.',
  })
  subprocessors(processor: Processor, _args: unknown, context: GraphQLContext): Promise<Engagement[]> {
    return context.loaders.registry.engagementsByClientId.load(processor.id);
  }

  @Mutation(() => Processor)
  createProcessor(@Args('input') input: CreateProcessorInput): Promise<Processor> {
    return this.processorsService.create(input);
  }

  @Mutation(() => Processor)
  updateProcessor(@Args('key') key: string, @Args('input') input: UpdateProcessorInput): Promise<Processor> {
    return this.processorsService.update(key, input);
  }

  @Mutation(() => DeletedParty, {
    description:
      'Refused while engagements reference the processor (as processor or as client), unless cascade is true (they are deleted too).',
  })
  deleteProcessor(
    @Args('key') key: string,
    @Args('cascade', { type: () => Boolean, defaultValue: false, nullable: true }) cascade: boolean | null,
  ): Promise<DeletedParty> {
    return this.processorsService.delete(key, cascade ?? false);
  }
}
