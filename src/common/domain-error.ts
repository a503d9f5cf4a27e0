// Services throw coded domain errors; the GraphQL layer maps each code to an `extensions.code` once
// (graphql/format-error.ts). Services never import GraphQL.

export const DOMAIN_ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'PAYLOAD_TOO_LARGE'] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** One problem with one input field: `path` names the field (`input.dpa.expiresOn`, `/engagements/3/client`). */
export interface FieldProblem {
  path: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;

  constructor(
    message: string,
    /** Machine-readable details for `extensions` (field problems, the conflicting keys, ...). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input: every problem listed at once, each naming its field. */
export class InputValidationError extends DomainError {
  readonly code = 'BAD_USER_INPUT';

  constructor(
    readonly problems: readonly FieldProblem[],
    summary?: string,
  ) {
    super(summary ?? InputValidationError.summarise(problems), { errors: problems });
  }

  /** Throws when problems were found: every problem at once. */
  static throwIfAny(problems: readonly FieldProblem[]): void {
    if (problems.length > 0) throw new InputValidationError(problems);
  }

  static summarise(problems: readonly FieldProblem[]): string {
    if (problems.length === 1) return `${problems[0].path}: ${problems[0].message}`;
    const shown = problems.slice(0, 3).map((problem) => `${problem.path}: ${problem.message}`);
    const more = problems.length > 3 ? `; and ${problems.length - 3} more (see extensions.errors)` : '';
    return `${problems.length} problems in the input: ${shown.join('; ')}${more}`;
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

export class PayloadTooLargeError extends DomainError {
  readonly code = 'PAYLOAD_TOO_LARGE';
}

/** An update named the version it read, and the row has changed since (optimistic concurrency). */
export class VersionConflictError extends ConflictError {
  constructor(what: string, expected: number, actual: number) {
    super(
      `${what} was changed by someone else: you read version ${expected}, it is now at version ${actual}. ` +
        'Read it again and reapply your change.',
      { expectedVersion: expected, actualVersion: actual },
    );
  }
}
