import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FieldProblem } from '../../common/domain-error';
import { DATA_DIR } from '../../common/project-root';
import { PARTY_KEY_RULE } from '../registry.rules';

/** The published JSON Schema (data/registry-document.schema.json): editors and this service use the same file. */
export const REGISTRY_DOCUMENT_SCHEMA_PATH = join(DATA_DIR, 'registry-document.schema.json');

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(REGISTRY_DOCUMENT_SCHEMA_PATH, 'utf8')) as object;
    compiled = new Ajv({ allErrors: true, strict: true, verbose: true }).compile(schema);
  }
  return compiled;
}

/** Structural problems (shape, types, enums, unknown fields), each with its JSON pointer. */
export function checkDocumentShape(document: unknown): FieldProblem[] {
  const validate = validator();
  if (validate(document)) return [];
  return dedupe((validate.errors ?? []).map(describe));
}

function describe(error: ErrorObject): FieldProblem {
  const at = error.instancePath === '' ? '' : error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const allowed = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const suggestion = closest(field, allowed);
      return {
        path: `${at}/${field}`,
        message: `unknown field "${field}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; allowed here: ${allowed.join(', ')}`,
      };
    }
    case 'required':
      return { path: `${at}/${String(params.missingProperty)}`, message: 'is required' };
    case 'type':
      return {
        path: pointer(at),
        message: `must be ${String(params.type).split(',').join(' or ')}, got ${typeName(error.data)}`,
      };
    case 'enum':
      return {
        path: pointer(at),
        message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}, got ${JSON.stringify(error.data)}`,
      };
    case 'const':
      return at === '/version'
        ? {
            path: at,
            message: `unsupported version ${JSON.stringify(error.data)}: this service reads version 1 documents`,
          }
        : { path: pointer(at), message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'pattern':
      return { path: pointer(at), message: describePattern(String(params.pattern), error.data) };
    case 'minLength':
      return {
        path: pointer(at),
        message: Number(params.limit) === 1 ? 'must not be empty' : (error.message ?? 'is too short'),
      };
    case 'maxLength':
      return {
        path: pointer(at),
        message: `is ${String(error.data).length} characters long; at most ${String(params.limit)} are allowed`,
      };
    default:
      return { path: pointer(at), message: error.message ?? 'is invalid' };
  }
}

function describePattern(pattern: string, data: unknown): string {
  const value = JSON.stringify(data);
  if (pattern.includes('\\p{L}')) return `invalid key ${value}: a key is ${PARTY_KEY_RULE}`;
  if (pattern.includes('[A-Za-z]{2}'))
    return `unknown country code ${value} (expected an ISO 3166-1 alpha-2 code such as SE)`;
  if (pattern.includes('\\d{4}')) return `${value} is not a date in the form YYYY-MM-DD`;
  return `${value} does not match ${pattern}`;
}

const pointer = (path: string): string => (path === '' ? '/' : path);

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const id = `${problem.path}\u0000${problem.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The allowed name closest to a misspelt one (edit distance at most 2), for "did you mean". */
function closest(field: string, allowed: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of allowed) {
    const distance = editDistance(field.toLowerCase(), name.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[right.length];
}
