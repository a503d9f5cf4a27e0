import { type INestApplicationContext } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_HEADER =
  '# Generated from the code-first resolvers by `npm run schema`. Do not edit: change the code and regenerate.\n' +
  '# CI fails when this file differs from what the code generates.\n\n';

/** The schema as committed in schema.gql: sorted, with a header. */
export function printAppSchema(app: INestApplicationContext): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
