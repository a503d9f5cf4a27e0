// Rules every write obeys, whether it comes from a mutation or from an imported document. Pure:
// each check returns the problems it found, each naming its field.
import { type FieldProblem } from '../common/domain-error';
import { describeInvalidDate, isIsoDate } from '../common/dates';
import { normalizeCountryCode, unknownCountryMessage } from '../reference/country-codes';
import { type PartyKind } from './entities/party.entity';

/** Party keys: 1 to 100 letters, digits, ".", "_" or "-" (registry-document.md). */
export const PARTY_KEY_PATTERN = /^[\p{L}\p{N}._-]{1,100}$/u;
export const PARTY_KEY_RULE = '1 to 100 letters, digits, ".", "_" or "-"';

export const MAX_ENGAGEMENT_KEY_LENGTH = 300;

export function checkPartyKey(value: string, path: string): FieldProblem[] {
  return PARTY_KEY_PATTERN.test(value)
    ? []
    : [{ path, message: `invalid key ${JSON.stringify(value)}: a key is ${PARTY_KEY_RULE}` }];
}

/** A text that must say something: not empty and not only spaces. */
export function checkNotBlank(value: string, path: string): FieldProblem[] {
  return value.trim() === '' ? [{ path, message: 'must not be empty' }] : [];
}

/** Normalises a country code (lower case and the aliases UK, EL accepted); reports unknown codes. */
export function normalizeCountry(value: unknown, path: string, problems: FieldProblem[]): string | undefined {
  const code = typeof value === 'string' ? normalizeCountryCode(value) : undefined;
  if (code === undefined) problems.push({ path, message: unknownCountryMessage(value) });
  return code;
}

export function checkDate(value: unknown, path: string): FieldProblem[] {
  return value === null || value === undefined || isIsoDate(value)
    ? []
    : [{ path, message: describeInvalidDate(value) }];
}

/** `end` must not be before `start` when both are given. */
export function checkDateOrder(
  start: string | null | undefined,
  end: string | null | undefined,
  path: string,
  startName: string,
  endName: string,
): FieldProblem[] {
  if (!start || !end || !isIsoDate(start) || !isIsoDate(end) || end >= start) return [];
  return [{ path, message: `${endName} ${end} is before ${startName} ${start}` }];
}

/** `<client key>/<processor key>/<service>`, used when an engagement is given no key. */
export function deriveEngagementKey(clientKey: string, processorKey: string, service: string): string {
  return `${clientKey}/${processorKey}/${service}`;
}

export function checkEngagementKey(value: string, path: string): FieldProblem[] {
  if (value.trim() === '') return [{ path, message: 'must not be empty' }];
  if (value.length > MAX_ENGAGEMENT_KEY_LENGTH) {
    return [
      {
        path,
        message: `is ${value.length} characters long; at most ${MAX_ENGAGEMENT_KEY_LENGTH} are allowed`,
      },
    ];
  }
  return [];
}

/** The processor of an engagement must be a processor: a controller is never engaged (Art. 28). */
export function checkEngagedPartyIsProcessor(kind: PartyKind, key: string, path: string): FieldProblem[] {
  return kind === 'PROCESSOR'
    ? []
    : [{ path, message: `"${key}" is a controller; only a processor can be engaged as processor` }];
}

/** Subprocessor authorisation (Art. 28(2)) exists only when the client is itself a processor. */
export function checkAuthorisationAllowed(
  clientKind: PartyKind,
  clientKey: string,
  authorisation: string | null | undefined,
  path: string,
): FieldProblem[] {
  if (clientKind === 'PROCESSOR' || authorisation === null || authorisation === undefined) return [];
  return [
    {
      path,
      message: `authorisation applies only when the client is a processor (Art. 28(2)); "${clientKey}" is a controller, so leave it out`,
    },
  ];
}
