import { Args, Field, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { JsonScalar } from '../../graphql/scalars/json.scalar';
import { IMPORT_MODES, type ImportMode, type RegistryDocument } from './registry-document';
import { RegistryDocumentService } from './registry-document.service';

const ImportModeEnum = Object.fromEntries(IMPORT_MODES.map((mode) => [mode, mode])) as {
  [K in ImportMode]: K;
};
registerEnumType(ImportModeEnum, {
  name: 'ImportMode',
  valuesMap: {
    MERGE: { description: 'Upsert by key; what the document does not hold is left alone.' },
    REPLACE: { description: 'The registry becomes exactly the document; what it does not hold is deleted.' },
  },
});

@ObjectType({
  description:
    'What an import changed (or would change, with dryRun): controllers, processors and engagements together.',
})
export class ImportResult {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  deleted!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field()
  dryRun!: boolean;
}

@Resolver()
export class RegistryDocumentResolver {
  constructor(private readonly documents: RegistryDocumentService) {}

  @Query(() => JsonScalar, {
    description:
      'The whole registry as a registry document (version 1): every field present, items sorted by key.',
  })
  exportRegistry(): Promise<RegistryDocument> {
    return this.documents.export();
  }

  @Mutation(() => ImportResult, {
    description:
      'Imports a registry document, all or nothing. Problems come back at once as BAD_USER_INPUT with each JSON path in extensions.errors.',
  })
  importRegistry(
    @Args('document', { type: () => JsonScalar }) document: unknown,
    @Args('mode', { type: () => ImportModeEnum, defaultValue: 'MERGE', nullable: true })
    mode: ImportMode | null,
    @Args('dryRun', { type: () => Boolean, defaultValue: false, nullable: true }) dryRun: boolean | null,
  ): Promise<ImportResult> {
    return this.documents.import(document, mode ?? 'MERGE', dryRun ?? false);
  }
}
