import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder holding package.json, found from this file whether it runs from src/ (tests) or dist/. */
function findProjectRoot(start: string): string {
  let folder = start;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`package.json not found above ${start}`);
    folder = parent;
  }
  return folder;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const DATA_DIR = join(PROJECT_ROOT, 'data');
