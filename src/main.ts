import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureHttp, nestLogLevels } from './app.setup';
import { InvalidEnvironmentError, parseEnvironment } from './config/environment';

async function bootstrap(): Promise<void> {
  let environment;
  try {
    environment = parseEnvironment();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await NestFactory.create(AppModule, {
    bodyParser: false,
    logger: nestLogLevels(environment.LOG_LEVEL),
  });
  configureHttp(app, { requestBodyLimitBytes: environment.REQUEST_BODY_LIMIT_MB * 1024 * 1024 });
  app.enableShutdownHooks();
  await app.listen(environment.PORT);
  const url = `http://localhost:${environment.PORT}/graphql`;
  new Logger('Registry').log(`GraphQL API and playground on ${url}`);
}

void bootstrap();
