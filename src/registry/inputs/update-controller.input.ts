import { InputType } from '@nestjs/graphql';
import { UpdatePartyInput } from './party.inputs';

@InputType({
  description: 'The fields to change; fields left out stay as they are, null clears an optional field.',
})
export class UpdateControllerInput extends UpdatePartyInput {}
