// Registry documents as text: JSON, or YAML with the same structure (CLI only; GraphQL carries JSON).
import YAML from 'yaml';
import { InputValidationError } from '../../common/domain-error';

export type DocumentFormat = 'json' | 'yaml';

export function formatOfFile(fileName: string): DocumentFormat {
  return /\.ya?ml$/i.test(fileName) ? 'yaml' : 'json';
}

/** Parses a document; malformed text is a BAD_USER_INPUT naming the line and column. */
export function parseDocumentText(text: string, format: DocumentFormat): unknown {
  if (format === 'yaml') {
    const document = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (document.errors.length > 0) {
      throw new InputValidationError(
        document.errors.map((error) => ({ path: '/', message: `malformed YAML: ${error.message}` })),
      );
    }
    return document.toJS() as unknown;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputValidationError([
      { path: '/', message: `malformed JSON: ${describeJsonError(text, error)}` },
    ]);
  }
}

export function serializeDocument(document: unknown, format: DocumentFormat): string {
  return format === 'yaml'
    ? YAML.stringify(document, { lineWidth: 0 })
    : `${JSON.stringify(document, null, 2)}\n`;
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // V8 names the position in some messages only ("Unexpected token '}', ... is not valid JSON" has none).
  const offset = jsonErrorOffset(text) ?? Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
  if (Number.isNaN(offset)) return message;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The offset of the first character that makes `text` invalid JSON (undefined when it is valid). */
export function jsonErrorOffset(text: string): number | undefined {
  let at = 0;
  const fail = (): never => {
    throw new JsonSyntaxAt(at);
  };
  const skipSpace = (): void => {
    while (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r') at++;
  };
  const expect = (character: string): void => {
    if (text[at] !== character) fail();
    at++;
  };
  const string = (): void => {
    expect('"');
    while (text[at] !== '"') {
      if (at >= text.length || text[at] < ' ') fail();
      if (text[at] === '\\') {
        at++;
        if (text[at] === 'u') {
          at++;
          for (let digit = 0; digit < 4; digit++) {
            if (!/[0-9a-fA-F]/.test(text[at] ?? '')) fail();
            at++;
          }
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail();
      }
      at++;
    }
    at++;
  };
  const value = (): void => {
    skipSpace();
    const character = text[at];
    if (character === '{' || character === '[') {
      const close = character === '{' ? '}' : ']';
      at++;
      skipSpace();
      if (text[at] === close) {
        at++;
        return;
      }
      for (;;) {
        if (close === '}') {
          skipSpace();
          string();
          skipSpace();
          expect(':');
        }
        value();
        skipSpace();
        if (text[at] === close) {
          at++;
          return;
        }
        expect(',');
      }
    }
    if (character === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return;
      }
    }
    JSON_NUMBER.lastIndex = at;
    if (!JSON_NUMBER.test(text)) fail();
    at = JSON_NUMBER.lastIndex;
  };
  try {
    value();
    skipSpace();
    if (at < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxAt) return error.offset;
    return undefined; // nested too deeply to scan: leave it to the message
  }
}

class JsonSyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`not valid JSON at offset ${offset}`);
  }
}
