// The rule about the shape of the engagement graph (assessment.md section 6, third table).
import { type Finding, type Language } from './model';
import { type GraphRule } from './rule-context';
import { citation, listOf, party } from './wording';

function members(finding: Finding, language: Language): string[] {
  return (finding.details.cycle ?? []).map((member) => party(member, language));
}

function isSelfEngagement(finding: Finding): boolean {
  return (finding.details.cycle ?? []).length === 1;
}

export const GRAPH_RULES: readonly GraphRule[] = [
  {
    code: 'CHAIN_CYCLE',
    scope: 'GRAPH',
    severity: 'WARNING',
    // Each subprocessor is bound by its own contract down the chain; a loop makes that chain unclear.
    legalReference: 'GDPR Art. 28(2) and 28(4)',
    detect: (context) => (context.members.length > 0 ? { cycle: context.members } : null),
    explain: {
      EN: {
        message: (finding) =>
          isSelfEngagement(finding)
            ? `${members(finding, 'EN')[0]} is recorded as its own subprocessor, which closes a cycle in the chain ` +
              `of subprocessors (${citation(finding, 'EN')}).`
            : `The processors ${listOf(members(finding, 'EN'), 'EN')} engage one another in a cycle of ` +
              `subprocessing, so the chain has no end and it is unclear who processes the data on whose ` +
              `instructions (${citation(finding, 'EN')}).`,
        remediation: (finding) =>
          isSelfEngagement(finding)
            ? `Review the engagement in which ${members(finding, 'EN')[0]} engages itself: delete it if it was ` +
              `recorded by mistake, or record the group company it really uses as a separate processor.`
            : `Review the engagements between ${listOf(members(finding, 'EN'), 'EN')}: delete the one that closes ` +
              `the cycle if it was recorded by mistake, and otherwise make sure each subprocessing agreement passes ` +
              `on the obligations of Art. 28(4) and that you know where the data go.`,
      },
      SV: {
        message: (finding) =>
          isSelfEngagement(finding)
            ? `${members(finding, 'SV')[0]} är registrerat som sitt eget underbiträde, vilket sluter en cirkel i ` +
              `kedjan av underbiträden (${citation(finding, 'SV')}).`
            : `Personuppgiftsbiträdena ${listOf(members(finding, 'SV'), 'SV')} anlitar varandra i en cirkel av ` +
              `underbiträden, så kedjan har inget slut och det är oklart vem som behandlar uppgifterna på vems ` +
              `instruktioner (${citation(finding, 'SV')}).`,
        remediation: (finding) =>
          isSelfEngagement(finding)
            ? `Gå igenom uppdraget där ${members(finding, 'SV')[0]} anlitar sig självt: ta bort det om det ` +
              `registrerats av misstag, eller registrera det koncernbolag som faktiskt anlitas som ett eget ` +
              `personuppgiftsbiträde.`
            : `Gå igenom uppdragen mellan ${listOf(members(finding, 'SV'), 'SV')}: ta bort det som sluter cirkeln ` +
              `om det registrerats av misstag, och se annars till att varje underbiträdesavtal för vidare ` +
              `skyldigheterna enligt artikel 28.4 och att ni vet vart uppgifterna tar vägen.`,
      },
    },
  },
];
