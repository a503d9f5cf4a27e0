import { Module } from '@nestjs/common';
import { DATA_DIR } from '../common/project-root';
import { readAdequacyDataFile } from './adequacy/adequacy-data-file';
import { AdequacyDecisionsResolver, CountryAdequacyResolver } from './adequacy/adequacy.resolver';
import { AdequacyService } from './adequacy/adequacy.service';
import { ShippedAdequacyData } from './adequacy/shipped-reference-data';
import { CountriesResolver } from './countries.resolver';
import { CountryCatalogue } from './country-catalogue';
import { ReferenceDataLoader } from './reference-data.loader';
import { ReferenceLoaderFactory } from './reference.loaders';

@Module({
  providers: [
    { provide: CountryCatalogue, useFactory: () => CountryCatalogue.fromFile(DATA_DIR) },
    {
      provide: ShippedAdequacyData,
      useFactory: () => new ShippedAdequacyData(readAdequacyDataFile(DATA_DIR)),
    },
    ReferenceDataLoader,
    AdequacyService,
    ReferenceLoaderFactory,
    CountriesResolver,
    CountryAdequacyResolver,
    AdequacyDecisionsResolver,
  ],
  exports: [CountryCatalogue, AdequacyService, ReferenceLoaderFactory],
})
export class ReferenceModule {}
