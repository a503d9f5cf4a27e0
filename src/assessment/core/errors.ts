// Coded errors of the assessor core. Callers (services, the GraphQL error formatter, the CLI) switch on
// `code`; the message is for logs and developers.
import { type CountryCode } from './model';

export const ASSESSMENT_ERROR_CODES = [
  'INVALID_AS_OF',
  'UNKNOWN_CONTROLLER',
  'INVALID_ASSESSMENT_OPTION',
  'INCONSISTENT_SNAPSHOT',
] as const;
export type AssessmentErrorCode = (typeof ASSESSMENT_ERROR_CODES)[number];

export abstract class AssessmentError extends Error {
  abstract readonly code: AssessmentErrorCode;

  protected constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** asOf is not a real `YYYY-MM-DD` date, or is before 2018-05-25, the date the GDPR applies from. */
export class InvalidAsOfError extends AssessmentError {
  readonly code = 'INVALID_AS_OF';

  constructor(
    readonly value: string,
    readonly reason: 'NOT_A_DATE' | 'BEFORE_GDPR',
  ) {
    super(
      reason === 'NOT_A_DATE'
        ? `asOf ${JSON.stringify(value)} is not a calendar date in the form YYYY-MM-DD`
        : `asOf ${value} is before 2018-05-25, the date the GDPR applies from`,
    );
  }
}

/** The controller filter names no controller of the registry. */
export class UnknownControllerError extends AssessmentError {
  readonly code = 'UNKNOWN_CONTROLLER';

  constructor(readonly key: string) {
    super(`No controller with key ${JSON.stringify(key)} in the registry`);
  }
}

/** An option other than asOf and the controller is out of range (e.g. a negative DPA expiry window). */
export class InvalidAssessmentOptionError extends AssessmentError {
  readonly code = 'INVALID_ASSESSMENT_OPTION';

  constructor(
    readonly option: string,
    readonly value: unknown,
    expectation: string,
  ) {
    super(`Option ${option} is ${JSON.stringify(value)}; expected ${expectation}`);
  }
}

/**
 * The snapshots break an invariant that input validation should have enforced: duplicate keys, an
 * engagement naming an unknown party, a country missing from the reference data. A programming error.
 */
export class InconsistentSnapshotError extends AssessmentError {
  readonly code = 'INCONSISTENT_SNAPSHOT';

  constructor(readonly problems: readonly string[]) {
    super(`Inconsistent registry or reference snapshot: ${problems.join('; ')}`);
  }

  static unknownCountry(code: CountryCode, where: string): InconsistentSnapshotError {
    return new InconsistentSnapshotError([`unknown country code ${JSON.stringify(code)} (${where})`]);
  }
}
