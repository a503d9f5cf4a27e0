// Rules attached to an engagement (assessment.md section 6, second table), in FINDING_CODES order. They
// fire once per engagement, whether or not a controller reaches it, and never change a transfer's status.
import { countryRef } from './countries';
import { daysBetween, isWithin } from './dates';
import { type Finding, type Language } from './model';
import { type EngagementRule, type EngagementRuleContext, type RuleFacts } from './rule-context';
import {
  capitalise,
  citation,
  country,
  countryName,
  daysLeft,
  engagementWords,
  legalActLabel,
  schemeLabel,
} from './wording';

// Art. 28(3) for a controller's processor; Art. 28(4) for a processor's subprocessor.
function dpaReference(context: EngagementRuleContext): string {
  return context.clientKind === 'PROCESSOR' ? 'GDPR Art. 28(4)' : 'GDPR Art. 28(3)';
}

/** No agreement on asOf: none recorded, or signed only after asOf. Then no expiry finding is raised. */
function isDpaMissing(context: EngagementRuleContext): boolean {
  const dpa = context.engagement.dpa;
  return (
    dpa.status === 'NONE' || (dpa.status === 'SIGNED' && dpa.signedOn !== null && dpa.signedOn > context.asOf)
  );
}

function dpaFacts(context: EngagementRuleContext, withDaysLeft = false): RuleFacts {
  const { status, signedOn, expiresOn } = context.engagement.dpa;
  return {
    dpa:
      withDaysLeft && expiresOn !== null
        ? { status, signedOn, expiresOn, daysLeft: daysBetween(context.asOf, expiresOn) }
        : { status, signedOn, expiresOn },
  };
}

function signedLater(finding: Finding): boolean {
  return finding.details.dpa?.status === 'SIGNED';
}

function parentScope(finding: Finding, language: Language): string {
  const adequacy = finding.details.adequacy;
  if (adequacy === undefined) return '';
  if (adequacy.scope === 'CERTIFIED_ORGANISATIONS') {
    const scheme = schemeLabel(adequacy.certificationScheme, language);
    return language === 'EN'
      ? `organisations certified under the ${scheme}`
      : `organisationer som är certifierade enligt ${scheme}`;
  }
  return language === 'EN' ? 'the private sector' : 'den privata sektorn';
}

export const ENGAGEMENT_RULES: readonly EngagementRule[] = [
  {
    code: 'DPA_MISSING',
    scope: 'ENGAGEMENT',
    severity: 'CRITICAL',
    legalReference: dpaReference,
    detect: (context) => (isDpaMissing(context) ? dpaFacts(context) : null),
    explain: {
      EN: {
        message: (finding) => {
          const words = engagementWords(finding, 'EN');
          const reason = signedLater(finding)
            ? `it is recorded as signed only on ${finding.details.dpa?.signedOn}`
            : 'none is recorded';
          return words.subprocessing
            ? `There is no subprocessing agreement in force on ${words.asOf} between the processor ${words.client} ` +
                `and its subprocessor ${words.processor} for engagement ${words.engagementAndService}: ${reason}. ` +
                `${words.article} requires ${words.clientName} to bind its subprocessor by contract to the same ` +
                `data protection obligations.`
            : `There is no data processing agreement in force on ${words.asOf} between ${words.client} and its ` +
                `processor ${words.processor} for engagement ${words.engagementAndService}: ${reason}. ` +
                `${words.article} requires a binding contract before a processor handles personal data.`;
        },
        remediation: (finding) => {
          const words = engagementWords(finding, 'EN');
          return words.subprocessing
            ? `Ask ${words.clientName} for its subprocessing agreement with ${words.processorName}, check that it ` +
                `passes on the obligations of your own agreement (Art. 28(4)), and record it; if there is none, ` +
                `object to the use of ${words.processorName}.`
            : `Sign a data processing agreement with ${words.processorName} containing the terms of Art. 28(3) ` +
                `(the Commission's standard contractual clauses of Implementing Decision (EU) 2021/915 can serve) ` +
                `and record its date; until it is signed, ${words.processorName} should not process personal data ` +
                `for you.`;
        },
      },
      SV: {
        message: (finding) => {
          const words = engagementWords(finding, 'SV');
          const reason = signedLater(finding)
            ? `det är registrerat som undertecknat först den ${finding.details.dpa?.signedOn}`
            : 'inget avtal finns registrerat';
          return words.subprocessing
            ? `Det finns inget gällande underbiträdesavtal den ${words.asOf} mellan personuppgiftsbiträdet ` +
                `${words.client} och underbiträdet ${words.processor} för uppdraget ${words.engagementAndService}: ` +
                `${reason}. Enligt ${words.article} måste ${words.clientName} genom avtal ålägga underbiträdet ` +
                `samma skyldigheter i fråga om dataskydd.`
            : `Det finns inget gällande personuppgiftsbiträdesavtal den ${words.asOf} mellan ${words.client} och ` +
                `personuppgiftsbiträdet ${words.processor} för uppdraget ${words.engagementAndService}: ${reason}. ` +
                `Enligt ${words.article} krävs ett bindande avtal innan biträdet behandlar personuppgifter.`;
        },
        remediation: (finding) => {
          const words = engagementWords(finding, 'SV');
          return words.subprocessing
            ? `Begär att få se underbiträdesavtalet mellan ${words.clientName} och ${words.processorName}, ` +
                `kontrollera att det för vidare skyldigheterna i ert eget personuppgiftsbiträdesavtal (artikel ` +
                `28.4) och registrera det. Finns inget avtal bör ni invända mot att ${words.processorName} anlitas.`
            : `Ingå ett personuppgiftsbiträdesavtal med ${words.processorName} med det innehåll som artikel 28.3 ` +
                `kräver (kommissionens standardavtalsklausuler enligt genomförandebeslut (EU) 2021/915 kan ` +
                `användas) och registrera datumet. Till dess bör ${words.processorName} inte behandla ` +
                `personuppgifter för er räkning.`;
        },
      },
    },
  },
  {
    code: 'DPA_PENDING',
    scope: 'ENGAGEMENT',
    severity: 'WARNING',
    legalReference: dpaReference,
    detect: (context) => (context.engagement.dpa.status === 'PENDING' ? dpaFacts(context) : null),
    explain: {
      EN: {
        message: (finding) => {
          const words = engagementWords(finding, 'EN');
          return (
            `The ${words.agreement} between ${words.client} and ${words.processor} for engagement ` +
            `${words.engagementAndService} is still pending on ${words.asOf}: until it is signed, the processing ` +
            `has no binding contract under ${words.article}.`
          );
        },
        remediation: (finding) => {
          const words = engagementWords(finding, 'EN');
          return (
            `Finish negotiating and sign the ${words.agreement} with ${words.processorName}, then record it as ` +
            `signed with its date.`
          );
        },
      },
      SV: {
        message: (finding) => {
          const words = engagementWords(finding, 'SV');
          return (
            `${capitalise(words.agreement)}et mellan ${words.client} och ${words.processor} för uppdraget ` +
            `${words.engagementAndService} är fortfarande inte undertecknat den ${words.asOf}: tills det är ` +
            `undertecknat saknar behandlingen ett bindande avtal enligt ${words.article}.`
          );
        },
        remediation: (finding) => {
          const words = engagementWords(finding, 'SV');
          return (
            `Slutför förhandlingen och underteckna ${words.agreement}et med ${words.processorName}, och registrera ` +
            `det sedan som undertecknat med datum.`
          );
        },
      },
    },
  },
  {
    code: 'DPA_EXPIRED',
    scope: 'ENGAGEMENT',
    severity: 'CRITICAL',
    legalReference: dpaReference,
    detect: (context) => {
      const dpa = context.engagement.dpa;
      if (dpa.status !== 'SIGNED' || isDpaMissing(context) || dpa.expiresOn === null) return null;
      return dpa.expiresOn < context.asOf ? dpaFacts(context) : null;
    },
    explain: {
      EN: {
        message: (finding) => {
          const words = engagementWords(finding, 'EN');
          return (
            `The ${words.agreement} between ${words.client} and ${words.processor} for engagement ` +
            `${words.engagementAndService} expired on ${finding.details.dpa?.expiresOn}; on ${words.asOf} the ` +
            `processing continues without a valid contract under ${words.article}.`
          );
        },
        remediation: (finding) => {
          const words = engagementWords(finding, 'EN');
          return (
            `Renew or extend the ${words.agreement} with ${words.processorName} and record the new expiry date, or ` +
            `end the engagement and have the data returned or deleted.`
          );
        },
      },
      SV: {
        message: (finding) => {
          const words = engagementWords(finding, 'SV');
          return (
            `${capitalise(words.agreement)}et mellan ${words.client} och ${words.processor} för uppdraget ` +
            `${words.engagementAndService} löpte ut den ${finding.details.dpa?.expiresOn}; den ${words.asOf} pågår ` +
            `behandlingen utan giltigt avtal enligt ${words.article}.`
          );
        },
        remediation: (finding) => {
          const words = engagementWords(finding, 'SV');
          return (
            `Förnya eller förläng ${words.agreement}et med ${words.processorName} och registrera det nya ` +
            `slutdatumet, eller avsluta uppdraget och se till att uppgifterna återlämnas eller raderas.`
          );
        },
      },
    },
  },
  {
    code: 'DPA_EXPIRING',
    scope: 'ENGAGEMENT',
    severity: 'WARNING',
    legalReference: dpaReference,
    detect: (context) => {
      const dpa = context.engagement.dpa;
      if (dpa.status !== 'SIGNED' || isDpaMissing(context) || dpa.expiresOn === null) return null;
      return isWithin(dpa.expiresOn, context.asOf, context.dpaHorizon) ? dpaFacts(context, true) : null;
    },
    explain: {
      EN: {
        message: (finding) => {
          const words = engagementWords(finding, 'EN');
          const dpa = finding.details.dpa;
          return (
            `The ${words.agreement} (${words.article}) between ${words.client} and ${words.processor} for ` +
            `engagement ${words.engagementAndService} runs only until ${dpa?.expiresOn} (${daysLeft(dpa?.daysLeft, 'EN')}).`
          );
        },
        remediation: (finding) => {
          const words = engagementWords(finding, 'EN');
          return (
            `Start renewing the ${words.agreement} with ${words.processorName} now, so that a new or extended ` +
            `agreement is signed by ${finding.details.dpa?.expiresOn}, and record it.`
          );
        },
      },
      SV: {
        message: (finding) => {
          const words = engagementWords(finding, 'SV');
          const dpa = finding.details.dpa;
          return (
            `${capitalise(words.agreement)}et (${words.article}) mellan ${words.client} och ${words.processor} ` +
            `för uppdraget ${words.engagementAndService} gäller bara till och med den ${dpa?.expiresOn} ` +
            `(${daysLeft(dpa?.daysLeft, 'SV')}).`
          );
        },
        remediation: (finding) => {
          const words = engagementWords(finding, 'SV');
          return (
            `Påbörja förnyelsen av ${words.agreement}et med ${words.processorName} nu, så att ett nytt eller ` +
            `förlängt avtal är undertecknat senast den ${finding.details.dpa?.expiresOn}, och registrera det.`
          );
        },
      },
    },
  },
  {
    code: 'SUBPROCESSOR_NOT_AUTHORISED',
    scope: 'ENGAGEMENT',
    severity: 'CRITICAL',
    // A processor may engage another only with the controller's prior specific or general written authorisation.
    legalReference: 'GDPR Art. 28(2)',
    detect: (context) =>
      context.clientKind === 'PROCESSOR' &&
      (context.engagement.authorisation === null || context.engagement.authorisation === 'NONE')
        ? {}
        : null,
    explain: {
      EN: {
        message: (finding) => {
          const words = engagementWords(finding, 'EN');
          return (
            `The processor ${words.client} has engaged ${words.processor} as a subprocessor for engagement ` +
            `${words.engagementAndService} without a recorded prior written authorisation from the controller ` +
            `(${citation(finding, 'EN')}).`
          );
        },
        remediation: (finding) => {
          const words = engagementWords(finding, 'EN');
          return (
            `Obtain the controller's prior specific or general written authorisation for ${words.processorName} ` +
            `(under a general authorisation, ${words.clientName} must announce every change so that the ` +
            `controller can object) and record it on the engagement, or require ${words.clientName} to stop ` +
            `using ${words.processorName}.`
          );
        },
      },
      SV: {
        message: (finding) => {
          const words = engagementWords(finding, 'SV');
          return (
            `Personuppgiftsbiträdet ${words.client} har anlitat ${words.processor} som underbiträde för uppdraget ` +
            `${words.engagementAndService} utan att något särskilt eller allmänt skriftligt förhandstillstånd från ` +
            `den personuppgiftsansvarige har registrerats (${citation(finding, 'SV')}).`
          );
        },
        remediation: (finding) => {
          const words = engagementWords(finding, 'SV');
          return (
            `Inhämta den personuppgiftsansvariges särskilda eller allmänna skriftliga förhandstillstånd för ` +
            `${words.processorName} (vid allmänt tillstånd ska ${words.clientName} informera om varje ändring så ` +
            `att den personuppgiftsansvarige kan invända) och registrera det för uppdraget, eller kräv att ` +
            `${words.clientName} slutar anlita ${words.processorName}.`
          );
        },
      },
    },
  },
  {
    code: 'LOCATION_UNKNOWN',
    scope: 'ENGAGEMENT',
    severity: 'WARNING',
    // Instructions on transfers (28(3)(a)), the record of transfers (30(1)(e)), Chapter V (44).
    legalReference: 'GDPR Art. 28(3)(a), 30(1)(e) and 44',
    detect: (context) => (context.engagement.locations.length === 0 ? {} : null),
    explain: {
      EN: {
        message: (finding) => {
          const words = engagementWords(finding, 'EN');
          return (
            `Engagement ${words.engagementAndService} between ${words.client} and ${words.processor} lists no ` +
            `processing location, so it cannot be judged whether personal data leave the EU/EEA ` +
            `(${citation(finding, 'EN')}).`
          );
        },
        remediation: (finding) => {
          const words = engagementWords(finding, 'EN');
          return (
            `Ask ${words.processorName} where it hosts, backs up and processes the data and from where its staff ` +
            `access it (support, operations, development), for example from its subprocessor list or the annex to ` +
            `the agreement, and record each country with its activity.`
          );
        },
      },
      SV: {
        message: (finding) => {
          const words = engagementWords(finding, 'SV');
          return (
            `Uppdraget ${words.engagementAndService} mellan ${words.client} och ${words.processor} anger ingen ` +
            `plats för behandlingen, så det går inte att bedöma om personuppgifter lämnar EU/EES ` +
            `(${citation(finding, 'SV')}).`
          );
        },
        remediation: (finding) => {
          const words = engagementWords(finding, 'SV');
          return (
            `Fråga ${words.processorName} var uppgifterna lagras, säkerhetskopieras och behandlas och varifrån ` +
            `personalen har åtkomst till dem (support, drift, utveckling), till exempel via förteckningen över ` +
            `underbiträden eller bilagan till avtalet, och registrera varje land med dess behandling.`
          );
        },
      },
    },
  },
  {
    code: 'FOREIGN_LAW_EXPOSURE',
    scope: 'ENGAGEMENT',
    severity: 'INFO',
    // Not a transfer (EDPB Guidelines 05/2021, example 12), but a risk to weigh when choosing the processor.
    legalReference: 'GDPR Art. 28(1); EDPB Guidelines 05/2021, example 12',
    detect: (context) => {
      const parent = context.parentCountry;
      if (context.processorCountry.region === 'THIRD_COUNTRY') return null;
      if (context.locationRegions.length === 0 || context.locationRegions.includes('THIRD_COUNTRY'))
        return null;
      if (parent === null || parent.region !== 'THIRD_COUNTRY') return null;
      // A decision of limited scope (the US: certified organisations only) does not cover the group's exposure.
      if (context.parentDecision?.scope === 'FULL') return null;
      const decision = context.parentDecision;
      return {
        parentCountry: countryRef(parent),
        ...(decision === null
          ? {}
          : {
              adequacy: {
                legalAct: decision.legalAct,
                scope: decision.scope,
                certificationScheme: decision.certificationScheme,
                expiresOn: decision.expiresOn,
              },
            }),
      };
    },
    explain: {
      EN: {
        message: (finding) => {
          const words = engagementWords(finding, 'EN');
          const parent = country(finding.details.parentCountry, 'EN');
          const adequacy = finding.details.adequacy;
          const parentStatus =
            adequacy === undefined
              ? 'which has no adequacy decision'
              : `whose adequacy decision (${legalActLabel(adequacy.legalAct, 'EN')}) covers only ` +
                `${parentScope(finding, 'EN')}`;
          return (
            `${words.processor}, established in ${words.processorCountry}, processes the data that ${words.client} ` +
            `entrusts to it under engagement ${words.engagementAndService} only in the EU/EEA, but its parent ` +
            `company is in ${parent}, ` +
            `${parentStatus}. This is not a transfer, but authorities there may compel the group to disclose the ` +
            `data (${citation(finding, 'EN')}).`
          );
        },
        remediation: (finding) => {
          const words = engagementWords(finding, 'EN');
          return (
            `Weigh this risk when choosing and keeping ${words.processorName} (GDPR Art. 28(1)): ask how it would ` +
            `answer access requests from authorities in ${countryName(finding.details.parentCountry, 'EN')}, ` +
            `whether it commits by contract to challenge them and to inform you, and consider encryption with keys ` +
            `held in the EU/EEA.`
          );
        },
      },
      SV: {
        message: (finding) => {
          const words = engagementWords(finding, 'SV');
          const parent = country(finding.details.parentCountry, 'SV');
          const adequacy = finding.details.adequacy;
          const parentStatus =
            adequacy === undefined
              ? 'som saknar beslut om adekvat skyddsnivå'
              : `vars beslut om adekvat skyddsnivå (${legalActLabel(adequacy.legalAct, 'SV')}) bara omfattar ` +
                `${parentScope(finding, 'SV')}`;
          return (
            `${words.processor}, etablerat i ${words.processorCountry}, behandlar de uppgifter som ${words.client} ` +
            `anförtror det i uppdraget ${words.engagementAndService} endast inom EU/EES, men moderbolaget finns ` +
            `i ${parent}, ` +
            `${parentStatus}. Det är ingen överföring till tredje land, men myndigheter där kan tvinga koncernen ` +
            `att lämna ut uppgifterna (${citation(finding, 'SV')}).`
          );
        },
        remediation: (finding) => {
          const words = engagementWords(finding, 'SV');
          return (
            `Väg in den här risken när ni väljer och behåller ${words.processorName} (artikel 28.1 i ` +
            `dataskyddsförordningen): fråga hur biträdet hanterar begäranden om utlämnande från myndigheter i ` +
            `${countryName(finding.details.parentCountry, 'SV')}, om det avtalsmässigt åtar sig att bestrida dem ` +
            `och att informera er, och överväg kryptering med nycklar som förvaras inom EU/EES.`
          );
        },
      },
    },
  },
];
