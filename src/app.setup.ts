import { type INestApplication, type LogLevel as NestLogLevel } from '@nestjs/common';
import { json, type NextFunction, type Request, type Response } from 'express';
import { type LogLevel } from './config/environment';
import { sqlStatementCounter } from './database/query-counter';
import { PLAYGROUND_ASSETS_PATH, servePlaygroundAssets } from './graphql/playground/playground.assets';

/** Nest's levels for our LOG_LEVEL: each level includes the ones above it. */
export function nestLogLevels(level: LogLevel): NestLogLevel[] {
  const order: [LogLevel, NestLogLevel][] = [
    ['error', 'error'],
    ['warn', 'warn'],
    ['info', 'log'],
    ['debug', 'debug'],
    ['verbose', 'verbose'],
  ];
  const cut = order.findIndex(([name]) => name === level);
  return ['fatal', ...order.slice(0, cut + 1).map(([, nestLevel]) => nestLevel)];
}

/**
 * HTTP plumbing shared by main.ts and the end-to-end tests, applied before the GraphQL middleware:
 * the playground's static files, a body size limit, and GraphQL-shaped answers for a body that is too
 * large or not JSON.
 */
export function configureHttp(app: INestApplication, options: { requestBodyLimitBytes: number }): void {
  // GraphiQL, React and their styles for the playground page (graphql/playground), from node_modules.
  app.use(PLAYGROUND_ASSETS_PATH, servePlaygroundAssets());
  // Everything after this runs inside the request's SQL statement counter.
  app.use('/graphql', (_request: Request, _response: Response, next: NextFunction) =>
    sqlStatementCounter.run({ statements: 0 }, next),
  );
  app.use(json({ limit: options.requestBodyLimitBytes }));
  app.use((error: unknown, _request: Request, response: Response, next: NextFunction) => {
    const { type, status, message } = (error ?? {}) as { type?: string; status?: number; message?: string };
    if (type === 'entity.too.large') {
      const limit = Math.round(options.requestBodyLimitBytes / 1024 / 1024);
      response.status(413).json({
        errors: [
          {
            message:
              `The request body is larger than the limit of ${limit} MB (REQUEST_BODY_LIMIT_MB). ` +
              'Import a large registry with the CLI instead: npm run cli -- import FILE',
            extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: options.requestBodyLimitBytes },
          },
        ],
      });
      return;
    }
    if (type === 'entity.parse.failed' || (status === 400 && error instanceof SyntaxError)) {
      response.status(400).json({
        errors: [
          {
            message: `The request body is not valid JSON: ${message ?? 'parse error'}`,
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
      return;
    }
    next(error);
  });
}
