import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { assertNever } from '../common/assert-never';
import { DomainError, type DomainErrorCode } from '../common/domain-error';

const logger = new Logger('GraphQL');

/** The one place where domain error codes become GraphQL `extensions.code`. */
function extensionCode(code: DomainErrorCode): string {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 'BAD_USER_INPUT';
    case 'NOT_FOUND':
      return 'NOT_FOUND';
    case 'CONFLICT':
      return 'CONFLICT';
    case 'PAYLOAD_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    default:
      return assertNever(code, 'domain error code');
  }
}

/**
 * Domain errors keep their message and details; errors from GraphQL itself (parsing, validation,
 * scalars) pass through; anything else is a bug: logged in full, answered without internals.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...original.details, code: extensionCode(original.code) },
    };
  }
  if (original instanceof GraphQLError) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
