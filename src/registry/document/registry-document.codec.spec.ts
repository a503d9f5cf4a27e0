import YAML from 'yaml';
import { InputValidationError } from '../../common/domain-error';
import {
  formatOfFile,
  jsonErrorOffset,
  parseDocumentText,
  serializeDocument,
} from './registry-document.codec';

function problemOf(text: string, format: 'json' | 'yaml'): { path: string; message: string } {
  try {
    parseDocumentText(text, format);
  } catch (error) {
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as InputValidationError).problems).toHaveLength(1);
    return (error as InputValidationError).problems[0];
  }
  throw new Error('expected the text to be refused');
}

describe('registry document codec', () => {
  describe(formatOfFile.name, () => {
    it.each([
      ['registry.json', 'json'],
      ['registry.yaml', 'yaml'],
      ['registry.yml', 'yaml'],
      ['REGISTRY.YML', 'yaml'],
      ['registry.yaml.json', 'json'],
      ['registry', 'json'],
    ])('should read %s as %s', (file, format) => {
      expect(formatOfFile(file)).toBe(format);
    });
  });

  describe(parseDocumentText.name, () => {
    it('should parse JSON and YAML with the same structure to the same value', () => {
      const document = {
        version: 1,
        controllers: [{ key: 'acme', name: 'Acme AB', country: 'SE', registrationNumber: null }],
      };

      expect(parseDocumentText(JSON.stringify(document), 'json')).toEqual(document);
      expect(parseDocumentText(YAML.stringify(document), 'yaml')).toEqual(document);
    });

    it.each([
      ['a token where a value belongs (no position in the V8 message)', '{\n  "version": ]\n}', 2, 14],
      ['a trailing comma', '{\n  "version": 1,\n}', 3, 1],
      ['a missing comma', '{\n  "version": 1\n  "controllers": []\n}', 3, 3],
      ['a truncated document', '{ "version": 1', 1, 15],
      ['a leading zero', '{ "version": 01 }', 1, 15],
      ['an empty file', '', 1, 1],
      ['text after the document', '{}\n{}', 2, 1],
    ])('should name the line and column of %s', (_case, text, line, column) => {
      const problem = problemOf(text, 'json');

      expect(problem.path).toBe('/');
      expect(problem.message).toMatch(/^malformed JSON: /);
      expect(problem.message).toContain(`(line ${line}, column ${column})`);
    });

    it.each([
      ['bad indentation', 'version: 1\ncontrollers:\n  - key: a\n   name: A\n', 'at line 4, column 1'],
      ['a duplicate key', 'version: 1\nversion: 2\n', 'Map keys must be unique at line 2, column 1'],
    ])('should name the line and column of YAML with %s', (_case, text, where) => {
      const problem = problemOf(text, 'yaml');

      expect(problem.path).toBe('/');
      expect(problem.message).toMatch(/^malformed YAML: /);
      expect(problem.message).toContain(where);
    });
  });

  describe(jsonErrorOffset.name, () => {
    it.each([
      '{"a":[1,-2.5e+3,{"b":null,"c":[true,false]}],"d":"\\u00e5\\n\\"x\\""}',
      ' [ ] ',
      '"text"',
      '0',
    ])('should find nothing wrong with valid JSON %p', (text) => {
      expect(() => JSON.parse(text) as unknown).not.toThrow();
      expect(jsonErrorOffset(text)).toBeUndefined();
    });

    it.each([
      ['{"a": }', 6],
      ['{"a": tru}', 6],
      ['{"a": "x\\q"}', 9],
      ['{"a": "\u0001"}', 7],
      ['[1, 2, ]', 7],
      ['{"a" 1}', 5],
      ["{'a': 1}", 1],
      ['{"a": 1}}', 8],
    ])('should point into %p at offset %p', (text, offset) => {
      expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
      expect(jsonErrorOffset(text)).toBe(offset);
    });
  });

  describe(serializeDocument.name, () => {
    const document = { version: 1, controllers: [{ key: 'a', name: 'Åre "AB"', country: 'SE' }] };

    it('should write JSON indented by two spaces, with a final newline', () => {
      expect(serializeDocument(document, 'json')).toBe(`${JSON.stringify(document, null, 2)}\n`);
    });

    it('should write YAML that reads back to the same document, without folding long lines', () => {
      const long = { version: 1, controllers: [{ key: 'a', name: 'x '.repeat(100).trim(), country: 'SE' }] };

      expect(YAML.parse(serializeDocument(document, 'yaml'))).toEqual(document);
      expect(
        serializeDocument(long, 'yaml')
          .split('\n')
          .filter((line) => line.includes('name:')),
      ).toHaveLength(1);
    });
  });
});
