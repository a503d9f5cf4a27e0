import { Module } from '@nestjs/common';
import { DemoDataLoader } from './demo-data.loader';
import { RegistryModule } from './registry.module';

/** The API loads the demo registry into an empty database; the CLI does not import this module. */
@Module({ imports: [RegistryModule], providers: [DemoDataLoader] })
export class DemoDataModule {}
