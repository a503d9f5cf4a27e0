import { Inject, Injectable } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import { Clock } from '../common/clock';
import { InputValidationError } from '../common/domain-error';
import { assessmentConfig } from '../config/app.config';
import { AssessmentView } from './assessment.view';
import { assess, GDPR_APPLICATION_DATE, InvalidAsOfError, UnknownControllerError } from './core';
import { SnapshotLoader } from './snapshot.loader';

export interface AssessmentRequest {
  asOf?: string | null;
  controllerKey?: string | null;
  assumptions?: { revokedAdequacy?: readonly string[] | null } | null;
}

/** Loads a consistent snapshot (three statements) and runs the pure assessor on it. */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly snapshots: SnapshotLoader,
    private readonly clock: Clock,
    @Inject(assessmentConfig.KEY) private readonly config: ConfigType<typeof assessmentConfig>,
  ) {}

  /** The request with its defaults filled in: the key under which one request shares an assessment. */
  normalize(request: AssessmentRequest): {
    asOf: string;
    controllerKey: string | null;
    revokedAdequacy: string[];
  } {
    return {
      asOf: request.asOf ?? this.clock.today(),
      controllerKey: request.controllerKey ?? null,
      revokedAdequacy: [...new Set(request.assumptions?.revokedAdequacy ?? [])].sort(),
    };
  }

  async assess(request: AssessmentRequest): Promise<AssessmentView> {
    const { asOf, controllerKey, revokedAdequacy } = this.normalize(request);
    if (asOf < GDPR_APPLICATION_DATE) {
      // Refused before any query: Chapter V GDPR has no answer before the GDPR applied.
      throw new InputValidationError([
        {
          path: 'asOf',
          message: `${asOf} is before ${GDPR_APPLICATION_DATE}, the date the GDPR applies from`,
        },
      ]);
    }
    const snapshot = await this.snapshots.load();
    try {
      const result = assess(snapshot.registry, snapshot.reference, {
        asOf,
        controllerKey: controllerKey ?? undefined,
        assumptions: { revokedAdequacy },
        dpaExpiryWindowDays: this.config.dpaExpiryWindowDays,
      });
      return new AssessmentView(result, snapshot);
    } catch (error) {
      if (error instanceof UnknownControllerError) {
        const known = snapshot.registry.controllers.map((controller) => `"${controller.key}"`).join(', ');
        throw new InputValidationError([
          {
            path: 'controllerKey',
            message: `no controller with key "${error.key}" (controllers: ${known || 'none'})`,
          },
        ]);
      }
      if (error instanceof InvalidAsOfError)
        throw new InputValidationError([{ path: 'asOf', message: error.message }]);
      throw error;
    }
  }
}
