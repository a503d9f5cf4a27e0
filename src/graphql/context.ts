import { type Request } from 'express';
import { type AssessmentView } from '../assessment/assessment.view';
import { type ReferenceLoaders } from '../reference/reference.loaders';
import { type RegistryLoaders } from '../registry/registry.loaders';

/** What every resolver gets as its third argument. Built fresh for each request. */
export interface GraphQLContext {
  req: Request;
  loaders: RequestLoaders;
  /** Assessments computed for this request, by their normalised arguments (see assessment.resolver.ts). */
  assessments: Map<string, Promise<AssessmentView>>;
}

export interface RequestLoaders {
  registry: RegistryLoaders;
  reference: ReferenceLoaders;
}
