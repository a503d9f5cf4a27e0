// The contract's enums, registered once. Their values come from the assessor's model so that the
// GraphQL API, the database and the assessor can never disagree on a name.
import { registerEnumType } from '@nestjs/graphql';
import {
  ADEQUACY_SCOPES,
  CERTIFICATION_SCHEMES,
  DPA_STATUSES,
  FINDING_CODES,
  LANGUAGES,
  PROCESSING_ACTIVITIES,
  REGIONS,
  SAFEGUARD_MECHANISMS,
  SCC_MODULES,
  SEVERITIES,
  SUBPROCESSOR_AUTHORISATIONS,
  TRANSFER_BASES,
  TRANSFER_STATUSES,
} from '../assessment/core/model';

type EnumObject<T extends string> = { [K in T]: K };

function enumObject<T extends string>(values: readonly T[]): EnumObject<T> {
  return Object.fromEntries(values.map((value) => [value, value])) as EnumObject<T>;
}

export const RegionEnum = enumObject(REGIONS);
registerEnumType(RegionEnum, {
  name: 'Region',
  description: 'Where a country stands under the GDPR.',
  valuesMap: {
    EU: {
      description:
        'An EU member state, or a territory inside the EU for the GDPR (Åland, the outermost regions).',
    },
    EEA: { description: 'Iceland, Liechtenstein, Norway: the GDPR applies through the EEA Agreement.' },
    THIRD_COUNTRY: {
      description: 'Everything else: personal data reaching it is a transfer under Chapter V GDPR.',
    },
  },
});

export const AdequacyScopeEnum = enumObject(ADEQUACY_SCOPES);
registerEnumType(AdequacyScopeEnum, {
  name: 'AdequacyScope',
  description: 'Which importers an adequacy decision covers.',
  valuesMap: {
    FULL: { description: 'Every importer in the country.' },
    CERTIFIED_ORGANISATIONS: {
      description: "Only importers holding a valid certification of the decision's scheme (the EU-US DPF).",
    },
    PRIVATE_SECTOR: {
      description: 'Only importers that are not public bodies (Canada: PIPEDA; Japan: APPI).',
    },
  },
});

export const CertificationSchemeEnum = enumObject(CERTIFICATION_SCHEMES);
registerEnumType(CertificationSchemeEnum, {
  name: 'CertificationScheme',
  description: 'A certification scheme that a CERTIFIED_ORGANISATIONS adequacy decision relies on.',
  valuesMap: {
    EU_US_DPF: { description: 'EU-US Data Privacy Framework (Decision (EU) 2023/1795), from 2023-07-10.' },
    PRIVACY_SHIELD: { description: 'EU-US Privacy Shield (Decision (EU) 2016/1250), annulled 2020-07-16.' },
    SAFE_HARBOUR: { description: 'Safe Harbour (Decision 2000/520/EC), annulled 2015-10-06.' },
  },
});

export const DpaStatusEnum = enumObject(DPA_STATUSES);
registerEnumType(DpaStatusEnum, {
  name: 'DpaStatus',
  description: 'State of the data processing agreement (Art. 28(3) GDPR; Art. 28(4) for a subprocessor).',
});

export const SubprocessorAuthorisationEnum = enumObject(SUBPROCESSOR_AUTHORISATIONS);
registerEnumType(SubprocessorAuthorisationEnum, {
  name: 'SubprocessorAuthorisation',
  description: "The controller's written authorisation for engaging a subprocessor (Art. 28(2) GDPR).",
});

export const ProcessingActivityEnum = enumObject(PROCESSING_ACTIVITIES);
registerEnumType(ProcessingActivityEnum, {
  name: 'ProcessingActivity',
  description: 'How a processor handles the data in a country.',
  valuesMap: {
    HOSTING: { description: 'The data is stored or run there.' },
    BACKUP: { description: 'Backups or replicas are kept there.' },
    REMOTE_ACCESS: {
      description:
        'Staff of the processor or its group look at or manage the data from there (support, operations).',
    },
    PROCESSING: { description: 'Any other processing there.' },
    ESTABLISHMENT: {
      description:
        'Never recorded: the assessor adds it for an importer established in a third country, which has the data made available to it there.',
    },
  },
});

export const SafeguardMechanismEnum = enumObject(SAFEGUARD_MECHANISMS);
registerEnumType(SafeguardMechanismEnum, {
  name: 'SafeguardMechanism',
  description: 'A transfer tool recorded on an engagement (Art. 46, 47, 49 GDPR).',
  valuesMap: {
    SCC_2021: {
      description: 'Standard contractual clauses of Decision (EU) 2021/914, valid from 2021-06-27.',
    },
    SCC_LEGACY: {
      description: 'The old clauses (2001/497/EC, 2004/915/EC, 2010/87/EU); no basis after 2022-12-27.',
    },
    BCR: { description: 'Binding corporate rules (Art. 47).' },
    CODE_OF_CONDUCT: { description: 'An approved code of conduct with binding commitments (Art. 46(2)(e)).' },
    CERTIFICATION: {
      description: 'An approved certification mechanism with binding commitments (Art. 46(2)(f)).',
    },
    AD_HOC_CLAUSES: {
      description: 'Contractual clauses authorised by the supervisory authority (Art. 46(3)(a)).',
    },
    DEROGATION: {
      description: 'A derogation for a specific situation (Art. 49): for occasional transfers only.',
    },
  },
});

export const SccModuleEnum = enumObject(SCC_MODULES);
registerEnumType(SccModuleEnum, {
  name: 'SccModule',
  description: 'Module of the 2021 SCCs.',
  valuesMap: {
    C2C: { description: 'Module 1: controller to controller.' },
    C2P: { description: 'Module 2: controller to processor.' },
    P2P: { description: 'Module 3: processor to processor (subprocessor).' },
    P2C: { description: 'Module 4: processor to controller.' },
  },
});

export const TransferBasisEnum = enumObject(TRANSFER_BASES);
registerEnumType(TransferBasisEnum, { name: 'TransferBasis', description: 'What makes a transfer lawful.' });

export const TransferStatusEnum = enumObject(TRANSFER_STATUSES);
registerEnumType(TransferStatusEnum, {
  name: 'TransferStatus',
  description: 'COVERED: a basis without warnings; AT_RISK: a basis with warnings; NOT_COVERED: no basis.',
});

export const SeverityEnum = enumObject(SEVERITIES);
registerEnumType(SeverityEnum, { name: 'Severity' });

export const FindingCodeEnum = enumObject(FINDING_CODES);
registerEnumType(FindingCodeEnum, { name: 'FindingCode', description: 'See assessment.md section 6.' });

export const LanguageEnum = enumObject(LANGUAGES);
registerEnumType(LanguageEnum, { name: 'Language', description: 'EN: English; SV: Swedish.' });
