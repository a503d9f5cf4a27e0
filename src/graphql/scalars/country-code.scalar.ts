import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { normalizeCountryCode, unknownCountryMessage } from '../../reference/country-codes';

function parse(value: unknown): string {
  const code = typeof value === 'string' ? normalizeCountryCode(value) : undefined;
  if (code === undefined) {
    throw new GraphQLError(`CountryCode: ${unknownCountryMessage(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return code;
}

export const CountryCodeScalar = new GraphQLScalarType<string, string>({
  name: 'CountryCode',
  description:
    'ISO 3166-1 alpha-2 country code, upper case (SE, US, GB). Inputs also accept lower case and the EU aliases UK (stored as GB) and EL (stored as GR).',
  serialize: (value) => value as string,
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError(`CountryCode: expected a string such as "SE", got a ${ast.kind} literal`, {
        nodes: ast,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parse(ast.value);
  },
});
