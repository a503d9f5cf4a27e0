import { ResolveField, Resolver } from '@nestjs/graphql';
import { Country } from '../reference/country.entity';
import { CountryCatalogue } from '../reference/country-catalogue';
import { Party } from './entities/party.entity';

/** Fields every Party has, resolved once for Controller and Processor alike. */
@Resolver(() => Party)
export class PartyResolver {
  constructor(private readonly catalogue: CountryCatalogue) {}

  @ResolveField(() => Country, { description: 'Country of establishment.' })
  country(party: Party): Country {
    return this.catalogue.require(party.countryCode);
  }
}
