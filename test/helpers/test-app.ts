// Starts the real app (same modules, same HTTP setup as main.ts) on a fresh in-memory SQLite
// database, listening on a free port, and speaks GraphQL to it over HTTP.
import { type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureHttp } from '../../src/app.setup';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface TestApp {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  /** POST a GraphQL document; never throws on GraphQL errors (tests look at them). */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** POST a raw body, for malformed and oversized requests. */
  post(
    body: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any; headers: Headers }>;
  /** Empties the registry (reference data stays). */
  resetRegistry(): Promise<void>;
  close(): Promise<void>;
}

/** A provider to replace in the app, e.g. `{ provide: ShippedAdequacyData, useValue: ... }`. */
export interface ProviderOverride {
  provide: unknown;
  useValue: unknown;
}

export async function startTestApp(
  environment: Record<string, string> = {},
  overrides: readonly ProviderOverride[] = [],
): Promise<TestApp> {
  const settings = {
    DATABASE_URL: 'sqlite::memory:',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'error',
    TIME_ZONE: 'Europe/Stockholm',
    REQUEST_BODY_LIMIT_MB: '4',
    ...environment,
  };
  Object.assign(process.env, settings);
  let builder = Test.createTestingModule({ imports: [AppModule] });
  for (const override of overrides)
    builder = builder.overrideProvider(override.provide).useValue(override.useValue);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error'] });
  configureHttp(app, { requestBodyLimitBytes: Number(settings.REQUEST_BODY_LIMIT_MB) * 1024 * 1024 });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}/graphql`;
  const dataSource = app.get<DataSource>(getDataSourceToken());

  const post = async (body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: the test sees the text
    }
    return { status: response.status, body: parsed, headers: response.headers };
  };

  return {
    app,
    url,
    dataSource,
    post,
    async gql(query, variables) {
      const { status, body, headers } = await post(JSON.stringify({ query, variables }));
      return { status, headers, ...(body as object) };
    },
    async resetRegistry() {
      await dataSource.transaction(async (manager) => {
        await manager.query('DELETE FROM engagement');
        await manager.query('DELETE FROM party');
      });
    },
    close: () => app.close(),
  };
}
