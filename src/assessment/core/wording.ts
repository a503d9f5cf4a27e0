// Shared vocabulary for the findings' messages, in English and Swedish. Swedish follows the terms of
// IMY and the Swedish text of the GDPR (personuppgiftsbiträde, underbiträde, standardavtalsklausuler...).
import { daysBetween } from './dates';
import {
  type CertificationScheme,
  type CountryRef,
  type Finding,
  type Language,
  type NamedRef,
  type ProcessingActivity,
  type SafeguardMechanism,
  type SccModule,
} from './model';

type Labels<T extends string> = Readonly<Record<T, Readonly<Record<Language, string>>>>;

const UNKNOWN: Readonly<Record<Language, string>> = { EN: 'an unknown party', SV: 'en okänd part' };

/** `Name (key)`: readers know organisations by name, the registry by key. */
export function party(ref: NamedRef | undefined, language: Language): string {
  if (ref === undefined) return UNKNOWN[language];
  return ref.name === ref.key ? ref.key : `${ref.name} (${ref.key})`;
}

/** The bare name, for a second mention in the same sentence. */
export function partyName(ref: NamedRef | undefined, language: Language): string {
  return ref === undefined ? UNKNOWN[language] : ref.name;
}

/** `Name (CODE)` in the reader's language. */
export function country(ref: CountryRef | undefined, language: Language): string {
  if (ref === undefined) return language === 'EN' ? 'an unknown country' : 'ett okänt land';
  return `${ref.names[language]} (${ref.code})`;
}

export function countryName(ref: CountryRef | undefined, language: Language): string {
  if (ref === undefined) return language === 'EN' ? 'the country' : 'landet';
  return ref.names[language];
}

/** Swedish quotes are ”…” on both sides. */
export function quoted(text: string | undefined, language: Language): string {
  const value = text ?? '';
  return language === 'EN' ? `"${value}"` : `”${value}”`;
}

/** How the data get there, after "in <country>": "by remote access" / "genom fjärråtkomst". */
const ACTIVITY_PHRASES: Labels<ProcessingActivity> = {
  HOSTING: { EN: 'for hosting', SV: 'för drift och lagring' },
  BACKUP: { EN: 'for backup', SV: 'för säkerhetskopiering' },
  REMOTE_ACCESS: { EN: 'by remote access', SV: 'genom fjärråtkomst' },
  PROCESSING: { EN: 'for processing', SV: 'för behandling' },
  ESTABLISHMENT: { EN: 'where the importer is established', SV: 'där mottagaren är etablerad' },
};

const ACTIVITIES: Labels<ProcessingActivity> = {
  HOSTING: { EN: 'hosting', SV: 'drift och lagring' },
  BACKUP: { EN: 'backup', SV: 'säkerhetskopiering' },
  REMOTE_ACCESS: { EN: 'remote access', SV: 'fjärråtkomst' },
  PROCESSING: { EN: 'processing', SV: 'behandling' },
  ESTABLISHMENT: { EN: 'the importer is established there', SV: 'mottagaren är etablerad där' },
};

export function activityLabel(activity: ProcessingActivity | undefined, language: Language): string {
  return ACTIVITIES[activity ?? 'PROCESSING'][language];
}

/** Definite noun phrases: "the binding corporate rules" / "de bindande företagsbestämmelserna". */
const MECHANISMS: Labels<SafeguardMechanism> = {
  SCC_2021: {
    EN: 'the 2021 standard contractual clauses (Commission Implementing Decision (EU) 2021/914)',
    SV: 'standardavtalsklausulerna från 2021 (kommissionens genomförandebeslut (EU) 2021/914)',
  },
  SCC_LEGACY: {
    EN: 'the old standard contractual clauses (Decisions 2001/497/EC, 2004/915/EC or 2010/87/EU)',
    SV: 'de äldre standardavtalsklausulerna (besluten 2001/497/EG, 2004/915/EG eller 2010/87/EU)',
  },
  BCR: { EN: 'the binding corporate rules (Art. 47)', SV: 'de bindande företagsbestämmelserna (artikel 47)' },
  CODE_OF_CONDUCT: {
    EN: 'the approved code of conduct (Art. 46(2)(e))',
    SV: 'den godkända uppförandekoden (artikel 46.2 e)',
  },
  CERTIFICATION: {
    EN: 'the approved certification mechanism (Art. 46(2)(f))',
    SV: 'den godkända certifieringsmekanismen (artikel 46.2 f)',
  },
  AD_HOC_CLAUSES: {
    EN: 'the ad hoc contractual clauses authorised by a supervisory authority (Art. 46(3)(a))',
    SV: 'de särskilda avtalsklausulerna som godkänts av en tillsynsmyndighet (artikel 46.3 a)',
  },
  DEROGATION: { EN: 'the derogation under Art. 49', SV: 'undantaget enligt artikel 49' },
};

export function mechanismLabel(mechanism: SafeguardMechanism | undefined, language: Language): string {
  return MECHANISMS[mechanism ?? 'SCC_2021'][language];
}

const MODULES: Labels<SccModule> = {
  C2C: {
    EN: 'Module One (controller to controller)',
    SV: 'modul 1 (personuppgiftsansvarig till personuppgiftsansvarig)',
  },
  C2P: {
    EN: 'Module Two (controller to processor)',
    SV: 'modul 2 (personuppgiftsansvarig till personuppgiftsbiträde)',
  },
  P2P: {
    EN: 'Module Three (processor to processor)',
    SV: 'modul 3 (personuppgiftsbiträde till personuppgiftsbiträde)',
  },
  P2C: {
    EN: 'Module Four (processor to controller)',
    SV: 'modul 4 (personuppgiftsbiträde till personuppgiftsansvarig)',
  },
};

export function moduleLabel(module: SccModule | undefined, language: Language): string {
  return MODULES[module ?? 'C2P'][language];
}

const SCHEMES: Labels<CertificationScheme> = {
  EU_US_DPF: {
    EN: 'EU-US Data Privacy Framework',
    SV: 'dataskyddsramen mellan EU och USA (EU-US Data Privacy Framework)',
  },
  PRIVACY_SHIELD: {
    EN: 'EU-US Privacy Shield',
    SV: 'skölden för skydd av privatlivet mellan EU och USA (Privacy Shield)',
  },
  SAFE_HARBOUR: { EN: 'Safe Harbour principles', SV: 'principerna om en säker hamn (Safe Harbour)' },
};

export function schemeLabel(scheme: CertificationScheme | null | undefined, language: Language): string {
  if (scheme === null || scheme === undefined) return language === 'EN' ? 'the scheme' : 'ordningen';
  return SCHEMES[scheme][language];
}

/** Reference data names acts in English; Swedish readers get the Swedish form of the usual phrases. */
const SWEDISH_ACT_PHRASES: readonly (readonly [RegExp, string])[] = [
  [/Commission Implementing Decision/g, 'kommissionens genomförandebeslut'],
  [/Commission Decision/g, 'kommissionens beslut'],
  [/extended by/g, 'förlängt genom'],
  [/renewed by/g, 'förnyat genom'],
  [/amended by/g, 'ändrat genom'],
  [/EU-US Data Privacy Framework/g, 'dataskyddsramen mellan EU och USA'],
  [/EU-US Privacy Shield/g, 'skölden för skydd av privatlivet mellan EU och USA'],
  [/(\d{4}\/\d+)\/EC\b/g, '$1/EG'],
];

export function legalActLabel(act: string | undefined, language: Language): string {
  if (act === undefined || act === '')
    return language === 'EN' ? 'the adequacy decision' : 'beslutet om adekvat skyddsnivå';
  if (language === 'EN') return act;
  return SWEDISH_ACT_PHRASES.reduce(
    (text, [pattern, replacement]) => text.replace(pattern, replacement),
    act,
  );
}

/** "a, b and c" / "a, b och c". */
export function listOf(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  const and = language === 'EN' ? 'and' : 'och';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** "12 days left" / "12 dagar kvar"; "last day today" / "sista dagen i dag". */
export function daysLeft(count: number | undefined, language: Language): string {
  if (count === undefined) return '';
  if (count === 0) return language === 'EN' ? 'last day today' : 'sista dagen i dag';
  if (language === 'EN') return count === 1 ? '1 day left' : `${count} days left`;
  return count === 1 ? '1 dag kvar' : `${count} dagar kvar`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Days from the finding's asOf to a date, or undefined when the date is unknown. */
export function daysUntil(finding: Finding, date: string | null | undefined): number | undefined {
  return date === null || date === undefined ? undefined : daysBetween(finding.details.asOf, date);
}

/** The strings a transfer finding's text is made of, in one language. */
export interface TransferWords {
  controller: string;
  exporter: string;
  importer: string;
  importerName: string;
  destination: string;
  destinationName: string;
  activity: string;
  engagement: string;
  service: string;
  asOf: string;
  /** The SCC module the relationship needs. */
  module: string;
  /** "the controller"/"the processor" for the exporter: "den personuppgiftsansvarige"/"personuppgiftsbiträdet". */
  exporterRole: string;
  /** "X transfers personal data [of controller C] to Y in D (activity) under engagement "E" (service)". */
  flow: string;
}

export function transferWords(finding: Finding, language: Language): TransferWords {
  const details = finding.details;
  const exporterIsController = details.clientKind === 'CONTROLLER';
  const controller = party(details.controller, language);
  const exporter = party(details.exporter, language);
  const importer = party(details.importer, language);
  const destination = country(details.destination, language);
  const activity = activityLabel(details.activity, language);
  const activityPhrase = ACTIVITY_PHRASES[details.activity ?? 'PROCESSING'][language];
  const engagement = quoted(details.engagementKey, language);
  const service = details.service ?? '';
  const ownData = details.controller === undefined || details.controller.key === details.exporter?.key;
  const flow =
    language === 'EN'
      ? `${exporter} transfers personal data${ownData ? '' : ` of the controller ${controller}`} to ${importer} ` +
        `in ${destination} ${activityPhrase} under engagement ${engagement}${service === '' ? '' : ` (${service})`}`
      : `${exporter} överför personuppgifter${ownData ? '' : ` som ${controller} är personuppgiftsansvarig för`} ` +
        `till ${importer} i ${destination} ${activityPhrase} inom uppdraget ${engagement}${service === '' ? '' : ` (${service})`}`;
  return {
    controller,
    exporter,
    importer,
    importerName: partyName(details.importer, language),
    destination,
    destinationName: countryName(details.destination, language),
    activity,
    engagement,
    service,
    asOf: details.asOf,
    module: moduleLabel(details.expectedModule ?? (exporterIsController ? 'C2P' : 'P2P'), language),
    exporterRole:
      language === 'EN'
        ? exporterIsController
          ? 'the controller'
          : 'the processor'
        : exporterIsController
          ? 'den personuppgiftsansvarige'
          : 'personuppgiftsbiträdet',
    flow,
  };
}

/** The strings an engagement finding's text is made of, in one language. */
export interface EngagementWords {
  client: string;
  clientName: string;
  processor: string;
  processorName: string;
  engagement: string;
  /** The engagement key followed by its service in brackets. */
  engagementAndService: string;
  service: string;
  asOf: string;
  subprocessing: boolean;
  processorCountry: string;
  /** "data processing agreement" / "subprocessing agreement", Swedish: personuppgiftsbiträdesavtal / underbiträdesavtal. */
  agreement: string;
  /** "GDPR Art. 28(3)" as the reader's language writes it. */
  article: string;
}

export function engagementWords(finding: Finding, language: Language): EngagementWords {
  const details = finding.details;
  const subprocessing = details.clientKind === 'PROCESSOR';
  const agreements = {
    EN: subprocessing ? 'subprocessing agreement' : 'data processing agreement',
    SV: subprocessing ? 'underbiträdesavtal' : 'personuppgiftsbiträdesavtal',
  };
  const articles = {
    EN: subprocessing ? 'GDPR Art. 28(4)' : 'GDPR Art. 28(3)',
    SV: subprocessing ? 'artikel 28.4 i dataskyddsförordningen' : 'artikel 28.3 i dataskyddsförordningen',
  };
  return {
    client: party(details.client, language),
    clientName: partyName(details.client, language),
    processor: party(details.processor, language),
    processorName: partyName(details.processor, language),
    engagement: quoted(details.engagementKey, language),
    engagementAndService:
      quoted(details.engagementKey, language) +
      (details.service === undefined || details.service === '' ? '' : ` (${details.service})`),
    service: details.service ?? '',
    asOf: details.asOf,
    subprocessing,
    processorCountry: country(details.processorCountry, language),
    agreement: agreements[language],
    article: articles[language],
  };
}

/** GDPR article numbers in Swedish style: 28(3)(a) → 28.3 a. */
function swedishArticleNumbers(list: string): string {
  return list
    .replace(/(\d+)\((\d+)\)/g, '$1.$2')
    .replace(/\(([a-z])\)/g, ' $1')
    .replace(/ and /g, ' och ');
}

/** One part of a legal reference ("GDPR Art. 28(3)", "EDPB Recommendations 01/2020", an act) in Swedish. */
function swedishReferencePart(part: string): string {
  const gdpr = /^GDPR Art\. (.+)$/.exec(part);
  if (gdpr !== null) {
    const plural = gdpr[1].includes(',') || gdpr[1].includes(' and ');
    return `${plural ? 'artiklarna' : 'artikel'} ${swedishArticleNumbers(gdpr[1])} i dataskyddsförordningen`;
  }
  return legalActLabel(part, 'SV')
    .replace(/^EDPB Recommendations/, 'EDPB:s rekommendationer')
    .replace(/^EDPB Guidelines/, 'EDPB:s riktlinjer')
    .replace(/, example (\d+)/, ', exempel $1')
    .replace(/, Art\. (\d+)/, ', artikel $1')
    .replace(
      /, Annex, Module (Two|Three)/,
      (_match, module: string) => `, bilagan, modul ${module === 'Two' ? 2 : 3}`,
    );
}

/** The finding's legal reference as the reader's language writes it. */
export function citation(finding: Finding, language: Language): string {
  if (language === 'EN') return finding.legalReference;
  return finding.legalReference.split('; ').map(swedishReferencePart).join('; ');
}
