// The record's JSON Schema, shipped in the package, and a validator for it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// ajv takes ~100 ms to load: required on first validation only, so `--version`, `--schema` and
// extraction runs never pay for it.
const require = createRequire(import.meta.url);

/** schema/ sits at the package root, one level above both src/ and dist/. */
const SCHEMA_URL = new URL('../../schema/record.schema.json', import.meta.url);

let schemaText: string | undefined;

export function recordSchemaText(): string {
  schemaText ??= readFileSync(SCHEMA_URL, 'utf8');
  return schemaText;
}

export interface SchemaValidator {
  (record: unknown): boolean;
  errors?: Array<{ instancePath: string; message?: string }> | null;
}

let validator: SchemaValidator | undefined;

/** A compiled validator for the record schema (ajv, draft 2020-12), built on first use. */
export function recordValidator(): SchemaValidator {
  if (!validator) {
    // ajv is CommonJS: depending on the loader its class is the module or its default export.
    const module = require('ajv/dist/2020.js') as { default?: unknown };
    const Ajv2020 = (module.default ?? module) as new (options: object) => { compile(schema: object): SchemaValidator };
    validator = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(recordSchemaText()));
  }
  return validator;
}

/** The schema errors of `record` as short readable lines; empty when it is valid. */
export function schemaErrors(record: unknown): string[] {
  const validate = recordValidator();
  if (validate(record)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
