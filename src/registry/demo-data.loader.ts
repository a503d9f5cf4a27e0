import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DATA_DIR } from '../common/project-root';
import { appConfig } from '../config/app.config';
import { RegistryDocumentService } from './document/registry-document.service';
import { Party } from './entities/party.entity';

export const DEMO_REGISTRY_PATH = join(DATA_DIR, 'demo-registry.json');

/**
 * On an empty registry (and DEMO_DATA=true, the default), loads the illustrative demo registry so
 * that a newcomer has something to look at. Never touches a registry that holds anything.
 */
@Injectable()
export class DemoDataLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataLoader.name);

  constructor(
    @Inject(appConfig.KEY) private readonly config: ConfigType<typeof appConfig>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: RegistryDocumentService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    if ((await this.dataSource.getRepository(Party).count()) > 0) return;
    const result = await this.documents.import(
      JSON.parse(readFileSync(DEMO_REGISTRY_PATH, 'utf8')),
      'MERGE',
      false,
    );
    this.logger.log(
      `Empty registry: loaded the illustrative demo registry (${result.created} items). Set DEMO_DATA=false to start empty.`,
    );
  }
}
