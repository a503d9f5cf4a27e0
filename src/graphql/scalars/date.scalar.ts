import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { describeInvalidDate, isIsoDate } from '../../common/dates';

function parse(value: unknown): string {
  if (!isIsoDate(value)) {
    throw new GraphQLError(`Date: ${describeInvalidDate(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** A calendar date without time or zone. Kept as the string itself from the API to the database. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, "YYYY-MM-DD" (ISO 8601), with no time and no time zone.',
  serialize: (value) => value as string,
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError(`Date: expected a string "YYYY-MM-DD", got a ${ast.kind} literal`, {
        nodes: ast,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parse(ast.value);
  },
});
