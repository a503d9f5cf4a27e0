import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AdequacyDecisionSnapshot } from '../../assessment/core/model';

/** data/reference/adequacy-decisions.json: the shipped legal picture, with its own version and date. */
export interface AdequacyDataFile {
  version: string;
  asOf: string;
  decisions: (AdequacyDecisionSnapshot & { notes?: string | null })[];
}

export function readAdequacyDataFile(dataDir: string): AdequacyDataFile {
  return JSON.parse(
    readFileSync(join(dataDir, 'reference', 'adequacy-decisions.json'), 'utf8'),
  ) as AdequacyDataFile;
}
