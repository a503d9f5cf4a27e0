// Rules attached to a transfer (assessment.md section 6, first table), in FINDING_CODES order.
import { isWithin } from './dates';
import { type AdequacyDecisionSnapshot, type Finding, type FindingDetails } from './model';
import { type RuleFacts, type TransferRule, type TransferRuleContext } from './rule-context';
import {
  expectedModule,
  hasTiaOn,
  isClean,
  isOutdatedLegacyScc,
  isValid,
  LEGACY_SCC_REPEALED_FROM,
  LEGACY_SCC_VALID_UNTIL,
} from './safeguards';
import {
  citation,
  daysLeft,
  daysUntil,
  legalActLabel,
  mechanismLabel,
  moduleLabel,
  schemeLabel,
  transferWords,
} from './wording';

function adequacyFacts(decision: AdequacyDecisionSnapshot): RuleFacts {
  return {
    adequacy: {
      legalAct: decision.legalAct,
      scope: decision.scope,
      certificationScheme: decision.certificationScheme,
      expiresOn: decision.expiresOn,
    },
  };
}

function safeguardFacts(context: TransferRuleContext, index: number): RuleFacts {
  const { safeguard } = context.applicable.find((candidate) => candidate.index === index)!;
  return {
    safeguard: {
      mechanism: safeguard.mechanism,
      module: safeguard.module,
      signedOn: safeguard.signedOn,
      tiaCompletedOn: safeguard.tiaCompletedOn,
    },
  };
}

function decisionReference(context: TransferRuleContext): string {
  return context.adequacy === null ? 'GDPR Art. 45' : `GDPR Art. 45; ${context.adequacy.legalAct}`;
}

function adequacyAct(finding: Finding, language: 'EN' | 'SV'): string {
  return legalActLabel(finding.details.adequacy?.legalAct, language);
}

function signedAfterRepeal(details: FindingDetails): boolean {
  const signedOn = details.safeguard?.signedOn;
  return signedOn !== null && signedOn !== undefined && signedOn >= LEGACY_SCC_REPEALED_FROM;
}

function isCritical(finding: Finding): boolean {
  return finding.severity === 'CRITICAL';
}

export const TRANSFER_RULES: readonly TransferRule[] = [
  {
    code: 'TRANSFER_WITHOUT_SAFEGUARD',
    scope: 'TRANSFER',
    severity: 'CRITICAL',
    // Chapter V: adequacy (Art. 45), appropriate safeguards (Art. 46), or a derogation (Art. 49).
    legalReference: 'GDPR Art. 44, 45, 46 and 49',
    detect: (context) =>
      context.basis !== 'NONE' ? null : context.adequacy === null ? {} : adequacyFacts(context.adequacy),
    explain: {
      EN: {
        message: (finding) => {
          const words = transferWords(finding, 'EN');
          return (
            `${words.flow} without a legal basis: on ${words.asOf} no adequacy decision covers the importer and ` +
            `no valid transfer tool applies (${citation(finding, 'EN')}).`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'EN');
          return (
            `Suspend the transfer to ${words.destinationName} until it has a basis: sign the 2021 standard ` +
            `contractual clauses, ${words.module}, with ${words.importer} and complete a transfer impact ` +
            `assessment, or have ${words.importerName} process the data only in the EU/EEA or in a country ` +
            `with an adequacy decision.`
          );
        },
      },
      SV: {
        message: (finding) => {
          const words = transferWords(finding, 'SV');
          return (
            `${words.flow} utan rättslig grund: den ${words.asOf} finns varken något beslut om adekvat ` +
            `skyddsnivå som omfattar mottagaren eller någon giltig överföringsmekanism (${citation(finding, 'SV')}).`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'SV');
          return (
            `Avbryt överföringen till ${words.destinationName} tills den har en rättslig grund: ingå ` +
            `standardavtalsklausulerna från 2021, ${words.module}, med ${words.importer} och gör en ` +
            `konsekvensbedömning av överföringen (TIA), eller se till att ${words.importerName} bara behandlar ` +
            `uppgifterna inom EU/EES eller i ett land med beslut om adekvat skyddsnivå.`
          );
        },
      },
    },
  },
  {
    code: 'SCC_OUTDATED',
    scope: 'TRANSFER',
    // With another basis in place the old clauses are only paperwork to retire.
    severity: (context) => (context.basis === 'NONE' ? 'CRITICAL' : 'INFO'),
    // Implementing Decision (EU) 2021/914, Art. 4: old decisions repealed from 2021-09-27, old contracts
    // deemed adequate until 2022-12-27.
    legalReference: 'GDPR Art. 46(2)(c) and 46(5); Commission Implementing Decision (EU) 2021/914, Art. 4',
    detect: (context) => {
      const outdated = context.applicable.find(({ safeguard }) =>
        isOutdatedLegacyScc(safeguard, context.asOf),
      );
      return outdated === undefined ? null : safeguardFacts(context, outdated.index);
    },
    explain: {
      EN: {
        message: (finding) => {
          const words = transferWords(finding, 'EN');
          const reason = signedAfterRepeal(finding.details)
            ? `were signed on ${finding.details.safeguard?.signedOn}, when the old clauses had already been ` +
              `repealed, from ${LEGACY_SCC_REPEALED_FROM}`
            : `stopped counting after ${LEGACY_SCC_VALID_UNTIL}, when the transition for contracts concluded ` +
              `before ${LEGACY_SCC_REPEALED_FROM} ended`;
          const consequence = isCritical(finding)
            ? `so on ${words.asOf} they are no basis for the transfer, and nothing else covers it`
            : `so on ${words.asOf} they are no basis any more; the transfer rests on another basis, and the old ` +
              `clauses are only paperwork to retire`;
          return (
            `The old standard contractual clauses recorded for the transfer from ${words.exporter} to ` +
            `${words.importer} in ${words.destination} (engagement ${words.engagement}) ${reason} ` +
            `(${citation(finding, 'EN')}), ${consequence}.`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'EN');
          return isCritical(finding)
            ? `Replace the old clauses with the 2021 standard contractual clauses, ${words.module}, signed with ` +
                `${words.importer}, and complete a transfer impact assessment; until then the transfer to ` +
                `${words.destinationName} has no basis and should be suspended.`
            : `Remove the outdated clauses from engagement ${words.engagement}, or replace them with the 2021 ` +
                `standard contractual clauses, ${words.module}, if you want a fallback in case the current ` +
                `basis falls away.`;
        },
      },
      SV: {
        message: (finding) => {
          const words = transferWords(finding, 'SV');
          const reason = signedAfterRepeal(finding.details)
            ? `undertecknades den ${finding.details.safeguard?.signedOn}, då de gamla klausulerna redan hade ` +
              `upphävts från och med den ${LEGACY_SCC_REPEALED_FROM}`
            : `upphörde att gälla efter den ${LEGACY_SCC_VALID_UNTIL}, när övergångsperioden för avtal som ingåtts ` +
              `före den ${LEGACY_SCC_REPEALED_FROM} löpte ut`;
          const consequence = isCritical(finding)
            ? `Den ${words.asOf} utgör de därför ingen rättslig grund, och inget annat täcker överföringen.`
            : `Den ${words.asOf} utgör de därför ingen rättslig grund längre; överföringen vilar på en annan ` +
              `grund, så de gamla klausulerna är bara dokumentation att avveckla.`;
          return (
            `De äldre standardavtalsklausulerna som registrerats för överföringen från ${words.exporter} till ` +
            `${words.importer} i ${words.destination} (uppdraget ${words.engagement}) ${reason} ` +
            `(${citation(finding, 'SV')}). ${consequence}`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'SV');
          return isCritical(finding)
            ? `Ersätt de gamla klausulerna med standardavtalsklausulerna från 2021, ${words.module}, ` +
                `undertecknade med ${words.importer}, och gör en konsekvensbedömning av överföringen (TIA). Till ` +
                `dess saknar överföringen till ${words.destinationName} rättslig grund och bör avbrytas.`
            : `Ta bort de inaktuella klausulerna från uppdraget ${words.engagement}, eller ersätt dem med ` +
                `standardavtalsklausulerna från 2021, ${words.module}, om ni vill ha en reserv ifall den ` +
                `nuvarande grunden faller bort.`;
        },
      },
    },
  },
  {
    code: 'SCC_MODULE_MISMATCH',
    scope: 'TRANSFER',
    severity: 'WARNING',
    legalReference: (context) =>
      `GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914, Annex, ` +
      `${context.exporterKind === 'CONTROLLER' ? 'Module Two' : 'Module Three'}`,
    detect: (context) => {
      const deciding = context.deciding;
      if (deciding === null || deciding.safeguard.mechanism !== 'SCC_2021') return null;
      if (deciding.safeguard.module === expectedModule(context.exporterKind)) return null;
      return safeguardFacts(context, deciding.index);
    },
    explain: {
      EN: {
        message: (finding) => {
          const words = transferWords(finding, 'EN');
          const recorded = finding.details.safeguard?.module;
          return (
            `The transfer from ${words.exporterRole} ${words.exporter} to the processor ${words.importer} in ` +
            `${words.destination} (engagement ${words.engagement}) relies on the 2021 standard contractual ` +
            `clauses ${recorded ? `in ${moduleLabel(recorded, 'EN')}` : 'with no module recorded'}, but this ` +
            `relationship needs ${words.module} (${citation(finding, 'EN')}).`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'EN');
          return (
            `Sign the 2021 standard contractual clauses in ${words.module} with ${words.importer}, or correct the ` +
            `module recorded on engagement ${words.engagement} if the signed clauses already use it.`
          );
        },
      },
      SV: {
        message: (finding) => {
          const words = transferWords(finding, 'SV');
          const recorded = finding.details.safeguard?.module;
          return (
            `Överföringen från ${words.exporterRole} ${words.exporter} till personuppgiftsbiträdet ` +
            `${words.importer} i ${words.destination} (uppdraget ${words.engagement}) bygger på ` +
            `standardavtalsklausulerna från 2021 ` +
            `${recorded ? `i ${moduleLabel(recorded, 'SV')}` : 'utan registrerad modul'}, men förhållandet ` +
            `kräver ${words.module} (${citation(finding, 'SV')}).`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'SV');
          return (
            `Ingå standardavtalsklausulerna från 2021 i ${words.module} med ${words.importer}, eller rätta ` +
            `modulen som registrerats för uppdraget ${words.engagement} om de undertecknade klausulerna redan ` +
            `följer den.`
          );
        },
      },
    },
  },
  {
    code: 'TIA_MISSING',
    scope: 'TRANSFER',
    severity: 'WARNING',
    // Schrems II (C-311/18): a transfer tool needs an assessment of the destination's law and practice.
    legalReference: (context) =>
      context.basis === 'BCR'
        ? 'GDPR Art. 44, 46 and 47; EDPB Recommendations 01/2020'
        : 'GDPR Art. 44 and 46; EDPB Recommendations 01/2020',
    detect: (context) => {
      const deciding = context.deciding;
      const needsTia =
        context.basis === 'SCC' || context.basis === 'BCR' || context.basis === 'OTHER_SAFEGUARD';
      if (!needsTia || deciding === null || hasTiaOn(deciding.safeguard, context.asOf)) return null;
      return safeguardFacts(context, deciding.index);
    },
    explain: {
      EN: {
        message: (finding) => {
          const words = transferWords(finding, 'EN');
          const recordedLater = finding.details.safeguard?.tiaCompletedOn;
          return (
            `No transfer impact assessment dated on or before ${words.asOf} is recorded for ` +
            `${mechanismLabel(finding.details.safeguard?.mechanism, 'EN')}, on which the transfer from ` +
            `${words.exporter} to ${words.importer} in ${words.destination} relies (engagement ${words.engagement})` +
            `${recordedLater ? `; the assessment recorded is dated ${recordedLater}, after that date` : ''}. Since ` +
            `Schrems II (C-311/18) a transfer tool must be backed by an assessment of the law and practice of the ` +
            `destination country (${citation(finding, 'EN')}).`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'EN');
          return (
            `Carry out and document a transfer impact assessment for ${words.destinationName} following the six ` +
            `steps of EDPB Recommendations 01/2020: map the transfer, identify the transfer tool, assess the law ` +
            `and practice of ${words.destinationName}, adopt supplementary measures where needed, take the ` +
            `procedural steps, and re-evaluate at intervals. Then record its date on engagement ${words.engagement}.`
          );
        },
      },
      SV: {
        message: (finding) => {
          const words = transferWords(finding, 'SV');
          const recordedLater = finding.details.safeguard?.tiaCompletedOn;
          return (
            `Ingen konsekvensbedömning av överföring (TIA) daterad senast den ${words.asOf} finns registrerad för ` +
            `${mechanismLabel(finding.details.safeguard?.mechanism, 'SV')}, som överföringen från ` +
            `${words.exporter} till ${words.importer} i ${words.destination} bygger på (uppdraget ` +
            `${words.engagement})` +
            `${recordedLater ? `; den registrerade bedömningen är daterad ${recordedLater}, efter det datumet` : ''}. ` +
            `Sedan Schrems II-domen (C-311/18) måste en överföringsmekanism kompletteras med en bedömning av ` +
            `lagstiftning och praxis i mottagarlandet (${citation(finding, 'SV')}).`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'SV');
          return (
            `Genomför och dokumentera en konsekvensbedömning av överföringen till ${words.destinationName} enligt ` +
            `de sex stegen i EDPB:s rekommendationer 01/2020: kartlägg överföringen, identifiera ` +
            `överföringsverktyget, bedöm lagstiftning och praxis i ${words.destinationName}, vidta kompletterande ` +
            `åtgärder vid behov, genomför de formella stegen och utvärdera på nytt med jämna mellanrum. Registrera ` +
            `sedan datumet för uppdraget ${words.engagement}.`
          );
        },
      },
    },
  },
  {
    code: 'DEROGATION_RELIED_ON',
    scope: 'TRANSFER',
    severity: 'WARNING',
    // Art. 49 derogations are for occasional, non-repetitive transfers (EDPB Guidelines 2/2018).
    legalReference: 'GDPR Art. 49; EDPB Guidelines 2/2018',
    detect: (context) =>
      context.basis === 'DEROGATION' && context.deciding !== null
        ? safeguardFacts(context, context.deciding.index)
        : null,
    explain: {
      EN: {
        message: (finding) => {
          const words = transferWords(finding, 'EN');
          return (
            `${words.flow} on the basis of a derogation under Art. 49 only. Derogations are for occasional ` +
            `transfers, not for a standing processing arrangement with a processor (${citation(finding, 'EN')}).`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'EN');
          return (
            `Put an Art. 46 safeguard in place for ${words.destinationName}: the 2021 standard contractual ` +
            `clauses, ${words.module}, with ${words.importer} and a transfer impact assessment, or bring the ` +
            `processing back to the EU/EEA. Keep the derogation for genuinely occasional transfers only.`
          );
        },
      },
      SV: {
        message: (finding) => {
          const words = transferWords(finding, 'SV');
          return (
            `${words.flow} enbart med stöd av ett undantag enligt artikel 49. Undantagen är avsedda för ` +
            `tillfälliga överföringar, inte för ett stadigvarande uppdrag åt ett personuppgiftsbiträde ` +
            `(${citation(finding, 'SV')}).`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'SV');
          return (
            `Inför en skyddsåtgärd enligt artikel 46 för ${words.destinationName}: standardavtalsklausulerna från ` +
            `2021, ${words.module}, med ${words.importer} och en konsekvensbedömning av överföringen (TIA), eller ` +
            `flytta tillbaka behandlingen till EU/EES. Använd undantaget bara för verkligt tillfälliga överföringar.`
          );
        },
      },
    },
  },
  {
    code: 'ADEQUACY_SCOPE_NOT_MET',
    scope: 'TRANSFER',
    severity: 'INFO',
    legalReference: decisionReference,
    detect: (context) =>
      context.adequacy !== null && !context.adequacyCovers ? adequacyFacts(context.adequacy) : null,
    explain: {
      EN: {
        message: (finding) => {
          const words = transferWords(finding, 'EN');
          const adequacy = finding.details.adequacy;
          const scheme = schemeLabel(adequacy?.certificationScheme, 'EN');
          const gap =
            adequacy?.scope === 'PRIVATE_SECTOR'
              ? `covers only the private sector, and ${words.importer} is recorded as a public body`
              : adequacy?.scope === 'CERTIFIED_ORGANISATIONS'
                ? `covers only organisations certified under the ${scheme}, and ${words.importer} holds no ` +
                  `${scheme} certification valid on ${words.asOf}`
                : `does not cover ${words.importer}`;
          return (
            `The adequacy decision under GDPR Art. 45 for ${words.destination} (${adequacyAct(finding, 'EN')}) ` +
            `${gap}. The transfer ` +
            `from ${words.exporter} (engagement ${words.engagement}) therefore needs another basis.`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'EN');
          const adequacy = finding.details.adequacy;
          if (adequacy?.scope === 'PRIVATE_SECTOR') {
            return (
              `Check that ${words.importerName} really is a public body; if it is, rely on an Art. 46 safeguard ` +
              `instead, such as the 2021 standard contractual clauses, ${words.module}, with a transfer impact ` +
              `assessment.`
            );
          }
          const scheme = schemeLabel(adequacy?.certificationScheme, 'EN');
          const list =
            adequacy?.certificationScheme === 'EU_US_DPF'
              ? ' at https://www.dataprivacyframework.gov/list'
              : '';
          return (
            `Check whether ${words.importerName} is on the official ${scheme} list${list} and record its ` +
            `certification with its dates; otherwise rely on the 2021 standard contractual clauses, ` +
            `${words.module}, with a transfer impact assessment.`
          );
        },
      },
      SV: {
        message: (finding) => {
          const words = transferWords(finding, 'SV');
          const adequacy = finding.details.adequacy;
          const scheme = schemeLabel(adequacy?.certificationScheme, 'SV');
          const gap =
            adequacy?.scope === 'PRIVATE_SECTOR'
              ? `omfattar endast den privata sektorn, och ${words.importer} är registrerad som offentligt organ`
              : adequacy?.scope === 'CERTIFIED_ORGANISATIONS'
                ? `omfattar endast organisationer som är certifierade enligt ${scheme}, och ${words.importer} har ` +
                  `ingen sådan certifiering som gäller den ${words.asOf}`
                : `omfattar inte ${words.importer}`;
          return (
            `Beslutet om adekvat skyddsnivå enligt artikel 45 i dataskyddsförordningen för ${words.destination} ` +
            `(${adequacyAct(finding, 'SV')}) ${gap}. ` +
            `Överföringen från ${words.exporter} (uppdraget ${words.engagement}) behöver därför en annan ` +
            `rättslig grund.`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'SV');
          const adequacy = finding.details.adequacy;
          if (adequacy?.scope === 'PRIVATE_SECTOR') {
            return (
              `Kontrollera att ${words.importerName} verkligen är ett offentligt organ; i så fall behövs i stället ` +
              `en skyddsåtgärd enligt artikel 46, till exempel standardavtalsklausulerna från 2021, ` +
              `${words.module}, och en konsekvensbedömning av överföringen (TIA).`
            );
          }
          const scheme = schemeLabel(adequacy?.certificationScheme, 'SV');
          const list =
            adequacy?.certificationScheme === 'EU_US_DPF'
              ? ' på https://www.dataprivacyframework.gov/list'
              : '';
          return (
            `Kontrollera om ${words.importerName} finns i den officiella förteckningen för ${scheme}${list} och ` +
            `registrera certifieringen med dess datum; annars behövs standardavtalsklausulerna från 2021, ` +
            `${words.module}, och en konsekvensbedömning av överföringen (TIA).`
          );
        },
      },
    },
  },
  {
    code: 'ADEQUACY_EXPIRING',
    scope: 'TRANSFER',
    severity: 'INFO',
    legalReference: decisionReference,
    detect: (context) => {
      const expiresOn = context.adequacy?.expiresOn ?? null;
      if (context.basis !== 'ADEQUACY' || context.adequacy === null || expiresOn === null) return null;
      return isWithin(expiresOn, context.asOf, context.adequacyHorizon)
        ? adequacyFacts(context.adequacy)
        : null;
    },
    explain: {
      EN: {
        message: (finding) => {
          const words = transferWords(finding, 'EN');
          const expiresOn = finding.details.adequacy?.expiresOn ?? '';
          return (
            `The transfer from ${words.exporter} to ${words.importer} in ${words.destination} (engagement ` +
            `${words.engagement}) relies on the adequacy decision under GDPR Art. 45, ${adequacyAct(finding, 'EN')}, ` +
            `which is in ` +
            `force only until ${expiresOn} (${daysLeft(daysUntil(finding, expiresOn), 'EN')}).`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'EN');
          const expiresOn = finding.details.adequacy?.expiresOn ?? '';
          return (
            `Follow the Commission's review of the decision for ${words.destinationName}, and prepare the 2021 ` +
            `standard contractual clauses, ${words.module}, with ${words.importer} and a transfer impact ` +
            `assessment, so that the transfer keeps a basis if the decision is not renewed by ${expiresOn}.`
          );
        },
      },
      SV: {
        message: (finding) => {
          const words = transferWords(finding, 'SV');
          const expiresOn = finding.details.adequacy?.expiresOn ?? '';
          return (
            `Överföringen från ${words.exporter} till ${words.importer} i ${words.destination} (uppdraget ` +
            `${words.engagement}) bygger på beslutet om adekvat skyddsnivå enligt artikel 45 i ` +
            `dataskyddsförordningen, ${adequacyAct(finding, 'SV')}, som ` +
            `bara gäller till och med den ${expiresOn} (${daysLeft(daysUntil(finding, expiresOn), 'SV')}).`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'SV');
          const expiresOn = finding.details.adequacy?.expiresOn ?? '';
          return (
            `Följ kommissionens översyn av beslutet för ${words.destinationName} och förbered ` +
            `standardavtalsklausulerna från 2021, ${words.module}, med ${words.importer} samt en ` +
            `konsekvensbedömning av överföringen (TIA), så att överföringen har en rättslig grund även om ` +
            `beslutet inte förlängs till efter den ${expiresOn}.`
          );
        },
      },
    },
  },
  {
    code: 'ADEQUACY_CONTESTED',
    scope: 'TRANSFER',
    severity: 'INFO',
    legalReference: decisionReference,
    detect: (context) => {
      if (context.basis !== 'ADEQUACY' || context.adequacy === null || !context.adequacy.contested)
        return null;
      // A clean SCC_2021 or BCR safeguard would carry the transfer if the decision fell.
      const hasFallback = context.applicable.some(
        ({ safeguard }) =>
          (safeguard.mechanism === 'SCC_2021' || safeguard.mechanism === 'BCR') &&
          isValid(safeguard, context.asOf) &&
          isClean(safeguard, context.exporterKind, context.asOf),
      );
      return hasFallback ? null : adequacyFacts(context.adequacy);
    },
    explain: {
      EN: {
        message: (finding) => {
          const words = transferWords(finding, 'EN');
          return (
            `The transfer from ${words.exporter} to ${words.importer} in ${words.destination} (engagement ` +
            `${words.engagement}) relies on the adequacy decision under GDPR Art. 45, ${adequacyAct(finding, 'EN')}, ` +
            `which is being challenged in court. If ` +
            `the decision is annulled, the transfer loses its basis at once: no clean 2021 standard contractual ` +
            `clauses or binding corporate rules are recorded as a fallback.`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'EN');
          return (
            `Prepare a fallback now: sign the 2021 standard contractual clauses, ${words.module}, with ` +
            `${words.importer} for ${words.destinationName} and complete a transfer impact assessment, so that the ` +
            `transfer can continue if the decision falls.`
          );
        },
      },
      SV: {
        message: (finding) => {
          const words = transferWords(finding, 'SV');
          return (
            `Överföringen från ${words.exporter} till ${words.importer} i ${words.destination} (uppdraget ` +
            `${words.engagement}) bygger på beslutet om adekvat skyddsnivå enligt artikel 45 i ` +
            `dataskyddsförordningen, ${adequacyAct(finding, 'SV')}, som är föremål för rättslig prövning. ` +
            `Om beslutet ogiltigförklaras förlorar överföringen omedelbart sin rättsliga grund: inga ` +
            `standardavtalsklausuler från 2021 eller bindande företagsbestämmelser utan brister finns ` +
            `registrerade som reserv.`
          );
        },
        remediation: (finding) => {
          const words = transferWords(finding, 'SV');
          return (
            `Förbered en reserv redan nu: ingå standardavtalsklausulerna från 2021, ${words.module}, med ` +
            `${words.importer} för ${words.destinationName} och gör en konsekvensbedömning av överföringen (TIA), ` +
            `så att överföringen kan fortsätta om beslutet faller.`
          );
        },
      },
    },
  },
];
