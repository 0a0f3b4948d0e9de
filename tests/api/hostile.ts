/**
 * Generated hostile input for the intake endpoints: for every field of a contract, wrong types, oversize values,
 * control / bidirectional / invisible characters, markup and script, SQL-looking text, and missing values; for
 * the body as a whole, unknown and prototype-polluting keys, broken JSON, wrong content types, an oversize body,
 * the honeypot. Each case says which field the refusal must name (`_form`: the body as a whole).
 */
export interface HostileCase {
  name: string;
  /** A JSON-able body, or (raw) the body text itself. */
  body: unknown;
  raw?: boolean;
  contentType?: string | null;
  field: string;
}

const WRONG_TYPES: unknown[] = [42, -1, 0, 1e308, true, false, null, [], ['a'], {}, { $gt: '' }, { toString: 'x' }];
const OVERSIZE = (max: number) => ['я'.repeat(max + 1), 'x'.repeat(Math.max(max + 1, 20_000))];
const CONTROL = ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u200b', '\ufeff', '\u202e', '\u2066', '\u200f', '\u061c', '\u2060'];
const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '</textarea><script>alert(1)</script>',
  '<!-- x -->',
  '<iframe src="https://evil.example">',
];
const SQL = ["' OR '1'='1", '1; DROP TABLE appeals;--', "x'); DELETE FROM appeals; --", '" OR ""="', '1 OR 1=1; --', "'; UPDATE admin_users SET password='x' --"];
const JUNK = ['../../etc/passwd', '${7*7}', '{{7*7}}', '%00', '\\', '😀', 'مرحبا!', '   ', ''];

export interface FieldKind {
  /** Free text keeps SQL-looking words: they are only text there (stored verbatim, always escaped on output). */
  freeText?: boolean;
  /** Longest accepted value. */
  max?: number;
  /** Required: missing and blank values are refused too. */
  required?: boolean;
  /** A valid value to embed control characters and markup into; a non-string field gets only the shared lists. */
  valid?: string;
  /** Values besides the shared lists (formats specific to the field). */
  extra?: unknown[];
  /** Other fields this one needs in order to be checked (a reading needs its meter type). */
  context?: Record<string, unknown>;
  /** Values of the shared lists that are valid for this field (`true` for the consent box). */
  accepts?: unknown[];
}

export function hostileCases(valid: Record<string, unknown>, fields: Record<string, FieldKind>): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (name: string, body: unknown, field: string, extra: Partial<HostileCase> = {}) => cases.push({ name, body, field, ...extra });

  for (const [field, kind] of Object.entries(fields)) {
    const base = { ...valid, ...kind.context };
    const values: unknown[] = [...WRONG_TYPES, ...(kind.max ? OVERSIZE(kind.max) : []), ...(kind.extra ?? [])];
    if (kind.valid !== undefined) values.push(...CONTROL.map((char) => `${kind.valid}${char}x`), ...MARKUP.map((markup) => `${kind.valid} ${markup}`));
    if (!kind.freeText) values.push(...SQL, ...JUNK.filter((junk) => kind.required || junk.trim() !== ''));
    for (const [index, value] of values.filter((candidate) => !(kind.accepts ?? []).includes(candidate)).entries())
      add(`${field} #${index + 1}: ${JSON.stringify(value)?.slice(0, 40)}`, { ...base, [field]: value }, field);
    if (kind.required) {
      const { [field]: _, ...without } = base;
      add(`${field} missing`, without, field);
    }
  }

  const json = JSON.stringify(valid);
  const extraKeys = ['isAdmin', 'id', 'documentId', 'number', 'appealStatus', 'accessCodeHash', 'createdBy', 'publishedAt', 'constructor', 'prototype'];
  for (const key of extraKeys.filter((candidate) => !(candidate in valid)))
    add(`unknown field ${key}`, { ...valid, [key]: key === 'constructor' ? { prototype: { polluted: true } } : 1 }, '_form');
  add('__proto__ key', `{"__proto__":{"polluted":true},${json.slice(1)}`, '_form', { raw: true });
  add('nested __proto__', `{"constructor":{"prototype":{"polluted":true}},${json.slice(1)}`, '_form', { raw: true });

  const broken = [
    '{',
    '{"a":}',
    '[1,2',
    `${json.slice(0, -1)},}`,
    "{'locale':'ru'}",
    'undefined',
    'NaN',
    '"just a string"',
    '123',
    'null',
    'true',
    '\u0000{}',
    '{"locale":"\\x"}',
    `${json}}`,
    '{"a":1}{"b":2}',
  ];
  for (const text of broken) add(`broken JSON ${JSON.stringify(text).slice(0, 30)}`, text, '_form', { raw: true });
  for (const body of [[], [valid], 'text', 42]) add(`body is ${JSON.stringify(body).slice(0, 20)}`, JSON.stringify(body), '_form', { raw: true });

  for (const contentType of [
    'text/plain',
    'application/xml',
    'multipart/form-data; boundary=x',
    'application/octet-stream',
    'application/json-patch+json',
    'application/json; charset=utf-16',
    'text/html',
    null,
  ]) {
    add(`content type ${contentType}`, json, '_form', { raw: true, contentType });
  }
  add('oversize body', JSON.stringify({ ...valid, padding: 'x'.repeat(70_000) }), '_form', { raw: true });
  add('honeypot filled', { ...valid, website: 'http://spam.example' }, 'website');
  return cases;
}
