import { AdequacyDecision } from '../reference/adequacy/adequacy-decision.entity';
import { Country } from '../reference/country.entity';
import { Controller } from '../registry/entities/controller.entity';
import { Engagement } from '../registry/entities/engagement.entity';
import { Party } from '../registry/entities/party.entity';
import { Processor } from '../registry/entities/processor.entity';

/** Every entity, listed explicitly so that the app, the CLI, the tests and the TypeORM CLI agree. */
export const ENTITIES = [Country, AdequacyDecision, Party, Controller, Processor, Engagement];
