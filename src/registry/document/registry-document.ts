// The registry document (../shared/spec/registry-document.md) in its canonical form: every field
// present, defaults filled in, countries normalised. Export writes exactly this; import compares it.
import {
  type CertificationScheme,
  type DpaStatus,
  type RecordedProcessingActivity,
  type SafeguardMechanism,
  type SccModule,
  type SubprocessorAuthorisation,
} from '../../assessment/core/model';

export const REGISTRY_DOCUMENT_VERSION = 1;

export const IMPORT_MODES = ['MERGE', 'REPLACE'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface DocumentController {
  key: string;
  name: string;
  country: string;
  registrationNumber: string | null;
}

export interface DocumentProcessor {
  key: string;
  name: string;
  country: string;
  registrationNumber: string | null;
  parentCountry: string | null;
  publicBody: boolean;
  certifications: { scheme: CertificationScheme; validFrom: string | null; validUntil: string | null }[];
}

export interface DocumentEngagement {
  key: string;
  client: string;
  processor: string;
  service: string;
  purposes: string[];
  dataCategories: string[];
  dataSubjects: string[];
  dpa: { status: DpaStatus; signedOn: string | null; expiresOn: string | null; reference: string | null };
  authorisation: SubprocessorAuthorisation | null;
  locations: { country: string; activity: RecordedProcessingActivity }[];
  safeguards: {
    mechanism: SafeguardMechanism;
    module: SccModule | null;
    signedOn: string | null;
    countries: string[];
    tiaCompletedOn: string | null;
  }[];
}

export interface RegistryDocument {
  version: typeof REGISTRY_DOCUMENT_VERSION;
  controllers: DocumentController[];
  processors: DocumentProcessor[];
  engagements: DocumentEngagement[];
}

export interface ImportCounts {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}
