/**
 * Ajv validators compiled once and then kept on disk as standalone code. Compiling GitHub's large
 * response schemas (an issue or a pull request is 30 KB of schema) costs hundreds of milliseconds
 * each under Jest, in every test file; loading the generated code costs a few. openapi-backend
 * still builds and runs every validator: this only makes `compile` remember its output.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _, type Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import * as standalone from 'ajv/dist/standalone/index.js';

/** Bump when the formats or the way code is generated change. */
const CACHE_FORMAT = 2;

const require = createRequire(import.meta.url);

/**
 * Every format GitHub's description uses, plus those openapi-backend defines for OpenAPI,
 * as a CommonJS module: generated validators `require` it, so it must exist as a file.
 */
const FORMATS_SOURCE = `'use strict';
const bits = (n) => { const max = 2 ** (n - 1); return (value) => value >= -max && value < max; };
const any = () => true;
module.exports = {
  int32: { type: 'number', validate: bits(32) },
  int64: { type: 'number', validate: bits(64) },
  float: { type: 'number', validate: any },
  double: { type: 'number', validate: any },
  byte: { type: 'string', validate: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/ },
  binary: { type: 'string', validate: any },
  password: { type: 'string', validate: any },
  'date-time': { type: 'string', validate: /^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)$/ },
  date: { type: 'string', validate: /^\\d{4}-\\d\\d-\\d\\d$/ },
  uri: { type: 'string', validate: (value) => URL.canParse(value) },
  'repo.nwo': { type: 'string', validate: /^[^/\\s]+\\/[^/\\s]+$/ },
  email: { type: 'string', validate: /^[^\\s@]+@[^\\s@]+$/ },
  'uri-template': { type: 'string', validate: any },
  timestamp: { type: 'string', validate: any },
};
`;

type Formats = Record<string, Parameters<Ajv['addFormat']>[1]>;

export interface ValidatorCache {
  /** Whether every validator the fake needs was compiled into this cache once already. */
  complete(): boolean;
  markComplete(): void;
  /** Ajv options openapi-backend should create its instances with. */
  ajvOptions: Record<string, unknown>;
  /** openapi-backend's customizeAjv: adds the formats and makes `compile` cached. */
  customize(ajv: Ajv): Ajv;
}

export function validatorCache(directory: string): ValidatorCache {
  mkdirSync(directory, { recursive: true });
  const formatsFile = path.join(directory, `formats-${hash(FORMATS_SOURCE)}.cjs`);
  writeAtomically(formatsFile, FORMATS_SOURCE);
  const formats = require(formatsFile) as Formats;
  const marker = path.join(directory, `complete-${CACHE_FORMAT}`);
  return {
    complete: () => existsSync(marker),
    markComplete: () => writeFileSync(marker, ''),
    ajvOptions: { validateSchema: false, code: { source: true, formats: _`require(${formatsFile})` } },
    customize(ajv) {
      for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
      const compile = ajv.compile.bind(ajv);
      ajv.compile = (<T>(schema: AnySchema): ValidateFunction<T> => {
        const { coerceTypes, useDefaults, removeAdditional, allErrors } = ajv.opts;
        const key = hash(
          JSON.stringify([CACHE_FORMAT, coerceTypes, useDefaults, removeAdditional, allErrors, schema]),
        );
        const file = path.join(directory, `${key}.cjs`);
        let code: string | undefined;
        try {
          code = readFileSync(file, 'utf8');
        } catch {
          const validate = compile<T>(schema);
          // A CommonJS module: its `exports.default` is the function (as in scripts/generated.ts).
          writeAtomically(file, standalone.default.default(ajv, validate));
          return validate;
        }
        return load<T>(code);
      }) as Ajv['compile'];
      return ajv;
    },
  };
}

function load<T>(code: string): ValidateFunction<T> {
  const module = { exports: {} as unknown };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports as ValidateFunction<T>;
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}
