import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module';
import { ControllersResolver } from './controllers.resolver';
import { ControllersService } from './controllers.service';
import { RegistryDocumentResolver } from './document/registry-document.resolver';
import { RegistryDocumentService } from './document/registry-document.service';
import { EngagementsResolver, ProcessingLocationResolver, SafeguardResolver } from './engagements.resolver';
import { EngagementsService } from './engagements.service';
import { PartiesService } from './parties.service';
import { PartyResolver } from './party.resolver';
import { ProcessorsResolver } from './processors.resolver';
import { ProcessorsService } from './processors.service';
import { RegistryLoaderFactory } from './registry.loaders';

@Module({
  imports: [ReferenceModule],
  providers: [
    PartiesService,
    ControllersService,
    ProcessorsService,
    EngagementsService,
    RegistryDocumentService,
    RegistryLoaderFactory,
    PartyResolver,
    ControllersResolver,
    ProcessorsResolver,
    EngagementsResolver,
    ProcessingLocationResolver,
    SafeguardResolver,
    RegistryDocumentResolver,
  ],
  exports: [RegistryLoaderFactory, RegistryDocumentService, ControllersService],
})
export class RegistryModule {}
