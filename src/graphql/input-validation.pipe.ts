import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { type FieldProblem, InputValidationError } from '../common/domain-error';

const PRIMITIVES: ReadonlySet<unknown> = new Set([String, Boolean, Number, Array, Object]);
/**
 * Only @Args values are inputs; @Parent, @Context and @Info are not. Nest hands pipes the string form
 * of the parameter type: @nestjs/graphql's GqlParamtype.ARGS (3) arrives as 'body' (RouteParamtypes.BODY
 * is 3 too), the others as 'custom'.
 */
const GRAPHQL_ARGS: ArgumentMetadata['type'] = 'body';

/**
 * class-validator on every input type, with unknown fields refused. Problems come back all at once,
 * each with the path of its field (`input.dpa.expiresOn`), as BAD_USER_INPUT.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if (
      metadata.type !== GRAPHQL_ARGS ||
      !metatype ||
      PRIMITIVES.has(metatype) ||
      value === null ||
      value === undefined ||
      typeof value !== 'object'
    ) {
      return value;
    }
    const instance = plainToInstance(metatype, value) as object;
    const errors = await validate(instance, {
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      // One problem per field: a null name is "not a string", not also "too long" and "empty".
      stopAtFirstError: true,
    });
    if (errors.length > 0) throw new InputValidationError(flatten(errors, metadata.data ?? 'input'));
    return instance;
  }
}

function flatten(errors: readonly ValidationError[], path: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const at = `${path}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      path: at,
      message: message.startsWith(`property ${error.property} should not exist`) ? 'unknown field' : message,
    }));
    return [...own, ...flatten(error.children ?? [], at)];
  });
}
