import { GraphQLJSON } from 'graphql-scalars';

/** Any JSON value: the registry document (registry-document.md). From graphql-scalars. */
export const JsonScalar = GraphQLJSON;
