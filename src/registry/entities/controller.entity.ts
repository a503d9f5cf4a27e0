import { ObjectType } from '@nestjs/graphql';
import { ChildEntity } from 'typeorm';
import { Party } from './party.entity';

/** One of the user's own legal entities (personuppgiftsansvarig). Every data flow starts at one. */
@ChildEntity('CONTROLLER')
@ObjectType({
  implements: () => [Party],
  description:
    'One of your own legal entities (personuppgiftsansvarig): every data flow starts at a controller.',
})
export class Controller extends Party {}
