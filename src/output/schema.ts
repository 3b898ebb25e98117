// The record's JSON Schema, shipped in the package, and a validator for it.
import { readFileSync } from 'node:fs';
import Ajv2020Import from 'ajv/dist/2020.js';

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
    const module = Ajv2020Import as unknown as { default?: unknown };
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
