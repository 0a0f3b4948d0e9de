import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readStrapiSchema } from '../../scripts/lib/strapi-schema.ts';
import { CMS_DIR } from '../../scripts/lib/paths.ts';

/**
 * Where a zod schema (what the seed and the site enforce, or what a form's contract lets through) and Strapi's
 * schema.json (what the admin enforces when an editor saves, and the database column) disagree about a field: its
 * type, whether it is required, its enum values, its length limits, its bounds or its pattern. Each disagreement
 * is a sentence naming the type and the field; an empty list means one definition in two notations. Components are
 * compared field by field with their own JSON (cms/src/components). Whether a field is localized has one
 * definition only, schema.json: the seed reads it from there (scripts/lib/strapi-schema.ts).
 */
export interface CompareOptions {
  /** Compare only these fields (a form's contract against the record it fills; the officers' fields are not in it). */
  only?: readonly string[];
  /** Leave patterns out (records only the intake writes: the contract's pattern is the check, before any write). */
  patterns?: boolean;
  /**
   * Fields the form requires and the record may leave empty, because another form that fills the same record does
   * not ask them (an appeal's text; a meter request's address): the contract is the check, before any write.
   */
  optionalInRecord?: readonly string[];
}

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

interface StrapiAttribute {
  type: string;
  required?: boolean;
  enum?: string[];
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  regex?: string;
  repeatable?: boolean;
  component?: string;
  multiple?: boolean;
}

/** Strapi's attribute types and the JSON Schema types zod gives the same values. */
const TYPES: Record<string, string[]> = {
  string: ['string'],
  text: ['string'],
  richtext: ['string'],
  email: ['string'],
  uid: ['string'],
  enumeration: ['string'],
  date: ['string'],
  datetime: ['string'],
  time: ['string'],
  integer: ['integer', 'number'],
  biginteger: ['integer', 'number', 'string'],
  decimal: ['number'],
  float: ['number'],
  boolean: ['boolean'],
};

/** A nullable zod field is `anyOf: [T, null]`; the field's own schema is T. */
function unwrap(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  if (schema.anyOf) {
    const inner = schema.anyOf.filter((option) => option.type !== 'null');
    if (inner.length === 1) return { schema: inner[0]!, nullable: inner.length < schema.anyOf.length };
  }
  if (Array.isArray(schema.type) && schema.type.includes('null')) return { schema: { ...schema, type: schema.type.filter((type) => type !== 'null') }, nullable: true };
  return { schema, nullable: false };
}

const typeOf = (schema: JsonSchema) => (Array.isArray(schema.type) ? schema.type[0] : schema.type);

function readComponent(uid: string): { attributes: Record<string, StrapiAttribute> } {
  const [category, name] = uid.split('.');
  return JSON.parse(readFileSync(path.join(CMS_DIR, 'src', 'components', category!, `${name}.json`), 'utf8'));
}

function compareObject(
  where: string,
  properties: Record<string, JsonSchema>,
  required: string[],
  attributes: Record<string, StrapiAttribute>,
  options: CompareOptions = {},
): string[] {
  const problems: string[] = [];
  const names = options.only ?? [...new Set([...Object.keys(attributes), ...Object.keys(properties)])];
  for (const name of names) {
    const property = properties[name];
    const attribute = attributes[name];
    if (!attribute) problems.push(`${where}.${name}: in the zod schema, not in Strapi`);
    else if (!property) problems.push(`${where}.${name}: in Strapi, not in the zod schema`);
    else problems.push(...compareField(`${where}.${name}`, property, required.includes(name) && !options.optionalInRecord?.includes(name), attribute, options));
  }
  return problems;
}

function compareField(where: string, property: JsonSchema, listedRequired: boolean, attribute: StrapiAttribute, options: CompareOptions): string[] {
  const problems: string[] = [];
  const { schema, nullable } = unwrap(property);
  const required = listedRequired && !nullable;
  const say = (what: string, zod: unknown, strapi: unknown) => problems.push(`${where}: ${what} — zod ${JSON.stringify(zod)}, Strapi ${JSON.stringify(strapi)}`);

  if (attribute.type === 'component') {
    const component = readComponent(attribute.component!);
    const item = attribute.repeatable ? schema.items : schema;
    if (attribute.repeatable && typeOf(schema) !== 'array') say('type', typeOf(schema), 'repeatable component');
    if (!item?.properties) return [...problems, `${where}: a component, but the zod schema is not an object`];
    return [...problems, ...compareObject(`${where}[${attribute.component}]`, item.properties, item.required ?? [], component.attributes)];
  }
  if (attribute.type === 'media' || attribute.type === 'relation' || attribute.type === 'json' || attribute.type === 'dynamiczone') {
    if (Boolean(attribute.required) !== required) say('required', required, Boolean(attribute.required));
    return problems;
  }
  const types = TYPES[attribute.type];
  if (!types) return [`${where}: Strapi type "${attribute.type}" has no comparison here`];
  if (!types.includes(String(typeOf(schema)))) say('type', typeOf(schema), attribute.type);
  if (Boolean(attribute.required) !== required) say('required', required, Boolean(attribute.required));
  if (attribute.type === 'enumeration' || schema.enum) {
    if (JSON.stringify([...(schema.enum ?? [])].sort()) !== JSON.stringify([...(attribute.enum ?? [])].sort())) say('enum values', schema.enum, attribute.enum);
  }
  if ((schema.maxLength ?? null) !== (attribute.maxLength ?? null)) say('maximum length', schema.maxLength, attribute.maxLength);
  // "Not empty" (minLength 1) is Strapi's `required`, or, for an optional text, what the site asks of a value that is
  // there at all: Strapi stores an emptied optional field as null, never as "".
  const zodMin = schema.minLength !== undefined && schema.minLength !== 1 ? schema.minLength : null;
  if (zodMin !== (attribute.minLength ?? null)) say('minimum length', schema.minLength, attribute.minLength);
  // Dates and e-mail addresses: Strapi's own type checks the format, zod's `format` with its pattern.
  const formatted = (attribute.type === 'date' || attribute.type === 'datetime' || attribute.type === 'email') && schema.format !== undefined;
  if (options.patterns !== false && !formatted && (schema.pattern ?? null) !== (attribute.regex ?? null)) say('pattern', schema.pattern, attribute.regex);
  // zod's .int() states the safe-integer range; Strapi's integer has no bound unless the schema sets one.
  const bound = (value: number | undefined) => (value === undefined || Math.abs(value) === Number.MAX_SAFE_INTEGER ? null : value);
  // "More than x" (zod's positive()) is Strapi's `min: x` and a save-time rule that refuses x itself
  // (cms/src/validation/rules.ts: a price of 0 is refused with a message of its own).
  const minimum = bound(schema.minimum) ?? schema.exclusiveMinimum ?? null;
  if (minimum !== (attribute.min ?? null)) say('minimum', schema.minimum ?? schema.exclusiveMinimum, attribute.min);
  if (bound(schema.maximum) !== (attribute.max ?? null)) say('maximum', schema.maximum, attribute.max);
  return problems;
}

/** Every disagreement between a zod schema and cms/src/api/<apiName>/…/schema.json. */
export function strapiMismatches(apiName: string, schema: z.core.$ZodType, options: CompareOptions = {}): string[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const { attributes } = readStrapiSchema(apiName) as { attributes: Record<string, StrapiAttribute> };
  return compareObject(apiName, json.properties ?? {}, json.required ?? [], attributes, options);
}
