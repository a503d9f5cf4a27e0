import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLContext } from '../graphql/context';
import { ControllersService } from './controllers.service';
import { Controller } from './entities/controller.entity';
import { Engagement } from './entities/engagement.entity';
import { CreateControllerInput } from './inputs/create-controller.input';
import { UpdateControllerInput } from './inputs/update-controller.input';
import { DeletedParty } from './registry.results';

@Resolver(() => Controller)
export class ControllersResolver {
  constructor(private readonly controllersService: ControllersService) {}

  @Query(() => [Controller], { description: 'Your own legal entities, by key.' })
  controllers(): Promise<Controller[]> {
    return this.controllersService.list();
  }

  @Query(() => Controller, { nullable: true })
  controller(@Args('key') key: string): Promise<Controller | null> {
    return this.controllersService.findByKey(key);
  }

  @ResolveField(() => [Engagement], {
    description: 'Its first-tier processors: the engagements in which it is the client.',
  })
  engagements(controller: Controller, _args: unknown, context: GraphQLContext): Promise<Engagement[]> {
    return context.loaders.registry.engagementsByClientId.load(controller.id);
  }

  @Mutation(() => Controller)
  createController(@Args('input') input: CreateControllerInput): Promise<Controller> {
    return this.controllersService.create(input);
  }

  @Mutation(() => Controller)
  updateController(
    @Args('key') key: string,
    @Args('input') input: UpdateControllerInput,
  ): Promise<Controller> {
    return this.controllersService.update(key, input);
  }

  @Mutation(() => DeletedParty, {
    description:
      'Refused while engagements reference the controller, unless cascade is true (they are deleted too).',
  })
  deleteController(
    @Args('key') key: string,
    @Args('cascade', { type: () => Boolean, defaultValue: false, nullable: true }) cascade: boolean | null,
  ): Promise<DeletedParty> {
    return this.controllersService.delete(key, cascade ?? false);
  }
}
