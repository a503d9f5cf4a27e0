import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/pagination';
import { Processor } from './entities/processor.entity';

@ObjectType()
export class ProcessorConnection extends Connection(Processor) {}

@ObjectType({ description: 'What a delete removed.' })
export class DeletedParty {
  @Field()
  key!: string;

  @Field(() => [String], { description: 'Keys of the engagements deleted with it (cascade: true).' })
  deletedEngagements!: string[];
}

@ObjectType({ description: 'The engagement a delete removed.' })
export class DeletedEngagement {
  @Field(() => ID)
  id!: string;

  @Field()
  key!: string;
}
