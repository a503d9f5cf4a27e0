// Small factories for the registry: mutation inputs (as sent over GraphQL or passed to a service) and
// registry document items. Valid defaults, so each test shows only the fields it cares about
// (`processorInputFactory.build({ country: 'US' })`).
import { type CreateControllerInput } from '../../src/registry/inputs/create-controller.input';
import { type CreateEngagementInput } from '../../src/registry/inputs/create-engagement.input';
import { type CreateProcessorInput } from '../../src/registry/inputs/create-processor.input';
import { defineFactory } from './factory';

// Mutation inputs ------------------------------------------------------------------------------------

export const controllerInputFactory = defineFactory<CreateControllerInput>((sequence, overrides) => {
  const key = overrides.key ?? `controller-${sequence}`;
  return { key, name: `Controller ${key} AB`, country: 'SE', ...overrides };
});

export const processorInputFactory = defineFactory<CreateProcessorInput>((sequence, overrides) => {
  const key = overrides.key ?? `processor-${sequence}`;
  return { key, name: `Processor ${key} Ltd`, country: 'SE', ...overrides };
});

/** A signed DPA and hosting in Sweden; `client` and `processor` are the keys to connect. */
export const engagementInputFactory = defineFactory<
  CreateEngagementInput,
  Partial<CreateEngagementInput> & Pick<CreateEngagementInput, 'client' | 'processor'>
>((sequence, overrides) => ({
  service: `Service ${sequence}`,
  dpa: { status: 'SIGNED', signedOn: '2024-01-15' },
  locations: [{ country: 'SE', activity: 'HOSTING' }],
  ...overrides,
}));

// Registry document items (the minimal form a user writes; defaults left out) --------------------------

export interface ControllerItem {
  key: string;
  name: string;
  country: string;
  registrationNumber?: string | null;
  [field: string]: unknown;
}

export interface ProcessorItem extends ControllerItem {
  parentCountry?: string | null;
  publicBody?: boolean;
  certifications?: { scheme: string; validFrom?: string | null; validUntil?: string | null }[];
}

export interface EngagementItem {
  key?: string;
  client: string;
  processor: string;
  service: string;
  purposes?: string[];
  dataCategories?: string[];
  dataSubjects?: string[];
  dpa: { status: string; signedOn?: string | null; expiresOn?: string | null; reference?: string | null };
  authorisation?: string | null;
  locations?: { country: string; activity: string }[];
  safeguards?: {
    mechanism: string;
    module?: string | null;
    signedOn?: string | null;
    countries?: string[];
    tiaCompletedOn?: string | null;
  }[];
  [field: string]: unknown;
}

export interface DocumentInput {
  version: unknown;
  controllers?: ControllerItem[];
  processors?: ProcessorItem[];
  engagements?: EngagementItem[];
  [field: string]: unknown;
}

export const controllerItemFactory = defineFactory<ControllerItem>((sequence, overrides) => {
  const key = overrides.key ?? `controller-${sequence}`;
  return { key, name: `Controller ${key} AB`, country: 'SE', ...overrides };
});

export const processorItemFactory = defineFactory<ProcessorItem>((sequence, overrides) => {
  const key = overrides.key ?? `processor-${sequence}`;
  return { key, name: `Processor ${key} Ltd`, country: 'SE', ...overrides };
});

export const engagementItemFactory = defineFactory<
  EngagementItem,
  Partial<EngagementItem> & Pick<EngagementItem, 'client' | 'processor'>
>((sequence, overrides) => ({
  service: `Service ${sequence}`,
  dpa: { status: 'SIGNED', signedOn: '2024-01-15' },
  locations: [{ country: 'SE', activity: 'HOSTING' }],
  ...overrides,
}));

export const documentFactory = defineFactory<DocumentInput>((_sequence, overrides) => ({
  version: 1,
  controllers: [],
  processors: [],
  engagements: [],
  ...overrides,
}));

/**
 * A registry of a given size for scale tests: each controller engages first-tier processors, each
 * first-tier processor engages subprocessors from the rest. Keys are zero-padded so key order is
 * creation order.
 */
export function generatedDocument(size: {
  controllers: number;
  processors: number;
  engagements: number;
}): DocumentInput {
  const pad = (index: number): string => String(index).padStart(4, '0');
  const controllers = Array.from({ length: size.controllers }, (_, index) =>
    controllerItemFactory.build({ key: `group-${pad(index)}`, name: `Group company ${index} AB` }),
  );
  const processors = Array.from({ length: size.processors }, (_, index) =>
    processorItemFactory.build({
      key: `vendor-${pad(index)}`,
      name: `Vendor ${index} Ltd`,
      country: ['SE', 'IE', 'US', 'DE', 'IN'][index % 5],
      parentCountry: index % 7 === 0 ? 'US' : null,
    }),
  );
  const firstTier = Math.ceil(size.processors / 2);
  const rest = size.processors - firstTier;
  const safeguard = (module: string) => [{ mechanism: 'SCC_2021', module, countries: ['US'] }];
  const locations = [
    { country: 'IE', activity: 'HOSTING' },
    { country: 'US', activity: 'REMOTE_ACCESS' },
  ];
  const engagements: EngagementItem[] = [];
  for (let index = 0; index < Math.ceil(size.engagements / 2); index++) {
    engagements.push(
      engagementItemFactory.build({
        key: `first-tier-${pad(index)}`,
        client: controllers[index % controllers.length].key,
        processor: processors[index % firstTier].key,
        service: `Service ${index}`,
        locations,
        safeguards: safeguard('C2P'),
      }),
    );
  }
  for (let index = 0; index < Math.floor(size.engagements / 2); index++) {
    engagements.push(
      engagementItemFactory.build({
        key: `subprocessing-${pad(index)}`,
        client: processors[index % firstTier].key,
        processor: processors[firstTier + (index % rest)].key,
        service: `Subservice ${index}`,
        authorisation: 'GENERAL',
        locations,
        safeguards: safeguard('P2P'),
      }),
    );
  }
  return documentFactory.build({ controllers, processors, engagements });
}
