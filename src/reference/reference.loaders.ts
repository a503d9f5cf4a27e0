import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type AdequacyDecision } from './adequacy/adequacy-decision.entity';
import { AdequacyService } from './adequacy/adequacy.service';

/** Per-request batching for reference fields: one query for all countries' decisions. */
export interface ReferenceLoaders {
  adequacyDecisionsByCountry: DataLoader<string, AdequacyDecision[]>;
}

@Injectable()
export class ReferenceLoaderFactory {
  constructor(private readonly adequacy: AdequacyService) {}

  create(): ReferenceLoaders {
    return {
      adequacyDecisionsByCountry: new DataLoader(async (codes) => {
        const decisions = await this.adequacy.findByCountries(codes);
        return codes.map((code) => decisions.filter((decision) => decision.countryCode === code));
      }),
    };
  }
}
