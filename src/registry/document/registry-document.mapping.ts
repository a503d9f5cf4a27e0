import { type Controller } from '../entities/controller.entity';
import { type Engagement } from '../entities/engagement.entity';
import { type Processor } from '../entities/processor.entity';
import {
  type DocumentController,
  type DocumentEngagement,
  type DocumentProcessor,
} from './registry-document';

// Stored rows → canonical document items. Property order is fixed here: it is the export's byte layout.

export function controllerToDocument(controller: Controller): DocumentController {
  return {
    key: controller.key,
    name: controller.name,
    country: controller.countryCode,
    registrationNumber: controller.registrationNumber,
  };
}

export function processorToDocument(processor: Processor): DocumentProcessor {
  return {
    key: processor.key,
    name: processor.name,
    country: processor.countryCode,
    registrationNumber: processor.registrationNumber,
    parentCountry: processor.parentCountryCode,
    publicBody: processor.publicBody,
    certifications: processor.certifications.map(({ scheme, validFrom, validUntil }) => ({
      scheme,
      validFrom,
      validUntil,
    })),
  };
}

export function engagementToDocument(
  engagement: Engagement,
  keyOfParty: (id: string) => string,
): DocumentEngagement {
  return {
    key: engagement.key,
    client: keyOfParty(engagement.clientId),
    processor: keyOfParty(engagement.processorId),
    service: engagement.service,
    purposes: engagement.purposes,
    dataCategories: engagement.dataCategories,
    dataSubjects: engagement.dataSubjects,
    dpa: {
      status: engagement.dpa.status,
      signedOn: engagement.dpa.signedOn,
      expiresOn: engagement.dpa.expiresOn,
      reference: engagement.dpa.reference,
    },
    authorisation: engagement.authorisation,
    locations: engagement.locations.map(({ country, activity }) => ({ country, activity })),
    safeguards: engagement.safeguards.map(({ mechanism, module, signedOn, countries, tiaCompletedOn }) => ({
      mechanism,
      module,
      signedOn,
      countries,
      tiaCompletedOn,
    })),
  };
}

/** Key order by code unit (JavaScript's default string order), never by locale. */
export const byKey = <T extends { key: string }>(left: T, right: T): number =>
  left.key < right.key ? -1 : left.key > right.key ? 1 : 0;
