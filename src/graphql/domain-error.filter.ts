import { Catch } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '../common/domain-error';

/**
 * Hands a domain error (a refused input, a conflict, a missing item) to GraphQL as it is, where
 * formatGraphQLError turns it into an answer. Without this filter Nest's default handler logs each one
 * at ERROR level with its stack, so that every typo of a user looked like a failure of the service.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(exception: DomainError): DomainError {
    return exception;
  }
}
