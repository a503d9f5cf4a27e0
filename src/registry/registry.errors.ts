import { ConflictError, NotFoundError } from '../common/domain-error';
import { type PartyKind } from './entities/party.entity';

const noun = (kind: PartyKind): string => (kind === 'CONTROLLER' ? 'controller' : 'processor');

export class PartyNotFoundError extends NotFoundError {
  constructor(kind: PartyKind, key: string) {
    super(`No ${noun(kind)} with key "${key}"`, { kind, key });
  }
}

export class EngagementNotFoundError extends NotFoundError {
  constructor(id: string) {
    super(`No engagement with id "${id}"`, { id });
  }
}

export class DuplicateKeyError extends ConflictError {
  constructor(key: string, existingKind: PartyKind | 'ENGAGEMENT') {
    const owner = existingKind === 'ENGAGEMENT' ? 'an engagement' : `a ${noun(existingKind)}`;
    super(`The key "${key}" is already used by ${owner}; keys are unique across controllers and processors`, {
      key,
      field: 'key',
    });
  }
}

export class PartyInUseError extends ConflictError {
  constructor(kind: PartyKind, key: string, engagementKeys: readonly string[]) {
    const shown = engagementKeys.slice(0, 10).map((engagementKey) => `"${engagementKey}"`);
    const more = engagementKeys.length > 10 ? ` and ${engagementKeys.length - 10} more` : '';
    super(
      `The ${noun(kind)} "${key}" is still referenced by ${engagementKeys.length} engagement(s): ${shown.join(', ')}${more}. ` +
        'Delete or change those engagements first, or delete again with cascade: true to delete them too.',
      { kind, key, engagements: engagementKeys },
    );
  }
}
