import { ConflictError, NotFoundError } from '../../common/domain-error';

export class AdequacyDecisionNotFoundError extends NotFoundError {
  constructor(id: string) {
    super(`No adequacy decision with id "${id}"`, { id });
  }
}

export class AdequacyDecisionExistsError extends ConflictError {
  constructor(id: string) {
    super(
      `An adequacy decision with id "${id}" exists already; amend it, or record the new one with another id`,
      {
        id,
        field: 'id',
      },
    );
  }
}
