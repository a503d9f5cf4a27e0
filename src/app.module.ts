import { Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { AssessmentModule } from './assessment/assessment.module';
import { CommonModule } from './common/common.module';
import { AppConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { GraphQLApiModule } from './graphql/graphql.module';
import { InputValidationPipe } from './graphql/input-validation.pipe';
import { ReferenceModule } from './reference/reference.module';
import { DemoDataModule } from './registry/demo-data.module';
import { RegistryModule } from './registry/registry.module';

/** Wiring only. */
@Module({
  imports: [
    AppConfigModule,
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
