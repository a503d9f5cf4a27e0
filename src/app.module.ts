import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_PIPE } from '@nestjs/core';
import { AssessmentModule } from './assessment/assessment.module';
import { CommonModule } from './common/common.module';
import { appConfig, assessmentConfig } from './config/app.config';
import { databaseConfig } from './config/database.config';
import { parseEnvironment } from './config/environment';
import { DatabaseModule } from './database/database.module';
import { GraphQLApiModule } from './graphql/graphql.module';
import { InputValidationPipe } from './graphql/input-validation.pipe';
import { ReferenceModule } from './reference/reference.module';
import { DemoDataModule } from './registry/demo-data.module';
import { RegistryModule } from './registry/registry.module';

/** Wiring only. */
@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      ignoreEnvFile: true,
      load: [appConfig, databaseConfig, assessmentConfig],
      validate: (environment) => {
        parseEnvironment(environment);
        return environment;
      },
    }),
    CommonModule,
    DatabaseModule,
    ReferenceModule,
    RegistryModule,
    DemoDataModule,
    AssessmentModule,
    GraphQLApiModule,
  ],
  providers: [{ provide: APP_PIPE, useClass: InputValidationPipe }],
})
export class AppModule {}
