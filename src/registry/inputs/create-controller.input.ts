import { InputType } from '@nestjs/graphql';
import { CreatePartyInput } from './party.inputs';

@InputType({ description: 'One of your own legal entities.' })
export class CreateControllerInput extends CreatePartyInput {}
