import { ConfigModule } from '@nestjs/config';
import { appConfig, assessmentConfig } from './app.config';
import { databaseConfig } from './database.config';
import { parseEnvironment } from './environment';

/** Typed, validated configuration for the API and the CLI alike (no .env file is read). */
export const AppConfigModule = ConfigModule.forRoot({
  isGlobal: true,
  ignoreEnvFile: true,
  load: [appConfig, databaseConfig, assessmentConfig],
  validate: (environment) => {
    parseEnvironment(environment);
    return environment;
  },
});
