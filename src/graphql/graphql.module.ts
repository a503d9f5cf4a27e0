import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import { type Request } from 'express';
import { ReferenceModule } from '../reference/reference.module';
import { ReferenceLoaderFactory } from '../reference/reference.loaders';
import { RegistryModule } from '../registry/registry.module';
import { RegistryLoaderFactory } from '../registry/registry.loaders';
import { type GraphQLContext } from './context';
import { DomainErrorFilter } from './domain-error.filter';
import { formatGraphQLError } from './format-error';
import { playgroundPlugin } from './playground/playground.plugin';
import { sqlCountPlugin } from './sql-count.plugin';

/** Apollo behind Nest, code-first. The schema is built in memory; `npm run schema` writes schema.gql. */
@Module({
  imports: [
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [RegistryModule, ReferenceModule],
      inject: [RegistryLoaderFactory, ReferenceLoaderFactory],
      useFactory: (
        registryLoaders: RegistryLoaderFactory,
        referenceLoaders: ReferenceLoaderFactory,
      ): ApolloDriverConfig => ({
        autoSchemaFile: true,
        sortSchema: true,
        // The retired Playground and the CDN-loaded GraphiQL do not work offline; graphql/playground serves its own.
        playground: false,
        graphiql: false,
        introspection: true,
        includeStacktraceInErrorResponses: false,
        formatError: formatGraphQLError,
        plugins: [ApolloServerPluginCacheControlDisabled(), sqlCountPlugin(), playgroundPlugin()],
        context: ({ req }: { req: Request }): GraphQLContext => ({
          req,
          loaders: { registry: registryLoaders.create(), reference: referenceLoaders.create() },
          assessments: new Map(),
        }),
      }),
    }),
  ],
  // Domain errors reach formatGraphQLError without Nest logging each one as a failure.
  providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
})
export class GraphQLApiModule {}
