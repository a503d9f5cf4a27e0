import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Language, type Region } from '../assessment/core/model';
import { LanguageEnum, RegionEnum } from '../graphql/enums';
import { CountryCodeScalar } from '../graphql/scalars/country-code.scalar';
import { CountryCatalogue } from './country-catalogue';
import { Country } from './country.entity';

@Resolver(() => Country)
export class CountriesResolver {
  constructor(private readonly catalogue: CountryCatalogue) {}

  @Query(() => [Country], {
    description: 'Every country and territory, optionally only those of one region; sorted by code.',
  })
  countries(@Args('region', { type: () => RegionEnum, nullable: true }) region?: Region): Country[] {
    return this.catalogue.all(region ?? undefined);
  }

  @Query(() => Country, {
    nullable: true,
    description: 'One country by ISO code (aliases UK and EL accepted).',
  })
  country(@Args('code', { type: () => CountryCodeScalar }) code: string): Country | undefined {
    return this.catalogue.get(code);
  }

  @ResolveField(() => String, { description: 'The name in English (EN, default) or Swedish (SV).' })
  name(
    @Parent() country: Country,
    @Args('language', { type: () => LanguageEnum, defaultValue: 'EN', nullable: true })
    language: Language | null,
  ): string {
    return this.catalogue.name(country.code, language ?? 'EN');
  }
}
