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

/** The appeal's fields, for the generator: what each accepts and needs. */
export const appealFields = {
  locale: { required: true },
  applicantType: { required: true },
  name: { required: true, max: 200, valid: 'Иванов Иван' },
  accountNumber: { max: 20, valid: '1234567890', extra: ['12-34', 'ЛС123456', '1234'] },
  contractNumber: { max: 40, valid: '16-0001', context: { applicantType: 'legal-entity' }, extra: ['№', '---'] },
  replyChannel: { required: true, extra: ['sms', 'EMAIL'] },
  email: { max: 254, valid: 'a@example.ru', extra: ['not-an-email', 'a@', '@b.ru', 'a b@c.ru'], context: { replyChannel: 'email' } },
  phone: { max: 25, valid: '89171234567', extra: ['123', '+7 (917) abc'] },
  postalAddress: { freeText: true, max: 500, valid: '420021, Казань', context: { replyChannel: 'post' } },
  topic: { required: true, extra: ['Other', 'billing '] },
  text: { freeText: true, required: true, max: 5000, valid: 'Прошу пересчитать начисления за октябрь.', extra: ['коротко', '   ', ''] },
  consent: { required: true, extra: ['true', 'on', 1, 'yes'], accepts: [true] },
};

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

/** A raw multipart post and the field its refusal must name. */
export interface HostileUpload {
  name: string;
  body: Buffer;
  contentType: string;
  field: string;
}

const CRLF = '\r\n';
const part = (boundary: string, headers: string[], data: Buffer | string) =>
  Buffer.concat([Buffer.from(`--${boundary}${CRLF}${headers.join(CRLF)}${CRLF}${CRLF}`), Buffer.from(data), Buffer.from(CRLF)]);
const textPart = (boundary: string, name: string, value: string) => part(boundary, [`Content-Disposition: form-data; name="${name}"`], value);
const filePart = (boundary: string, filename: string, data: Buffer | string, extra: string[] = [], field = 'attachments') =>
  part(boundary, [`Content-Disposition: form-data; name="${field}"; filename="${filename}"`, 'Content-Type: application/pdf', ...extra], data);

/**
 * Hostile multipart posts (issue 12): every generated field case of `fields` sent as a form with a good document
 * attached (the field must still be named), and the body's own attacks — a cut-off or mismatched boundary, unknown
 * and prototype-named parts, too many parts, an oversize field, the wrong multipart type or charset, path names,
 * transfer encodings and nested multiparts that hide a program. `pdf` is a valid document to attach.
 */
export function hostileUploads(valid: Record<string, unknown>, fields: Record<string, FieldKind>, pdf: Buffer): HostileUpload[] {
  const boundary = '----tesHostile7MA4YWxkTrZu0gW';
  const contentType = `multipart/form-data; boundary=${boundary}`;
  const formOf = (values: Record<string, unknown>) => Object.entries(values).map(([name, value]) => textPart(boundary, name, value === true ? 'on' : String(value)));
  const end = Buffer.from(`--${boundary}--${CRLF}`);
  const upload = (name: string, parts: Buffer[], field: string, type = contentType, closing = end) => ({
    name,
    body: Buffer.concat([...parts, closing]),
    contentType: type,
    field,
  });
  const cases: HostileUpload[] = [];

  for (const item of hostileCases(valid, fields)) {
    if (item.raw || typeof item.body !== 'object' || item.body === null) continue;
    const values = item.body as Record<string, unknown>;
    // A form carries text; a JSON-only value (a number, an array, `true` anywhere but the tick box) has no form.
    if (!Object.entries(values).every(([name, value]) => typeof value === 'string' || (value === true && name === 'consent'))) continue;
    if (item.field === 'consent' && values.consent === 'on') continue;
    cases.push(upload(`form ${item.name}`, [...formOf(values), filePart(boundary, 'scan.pdf', pdf)], item.field));
  }

  const good = formOf(valid);
  const program = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(512, 0x90)]);
  cases.push(
    upload('no closing boundary', [...good, filePart(boundary, 'scan.pdf', pdf)], '_form', contentType, Buffer.alloc(0)),
    upload('the declared boundary is another', [...good, filePart(boundary, 'scan.pdf', pdf)], '_form', 'multipart/form-data; boundary=somethingElse'),
    upload('no boundary parameter', [...good], '_form', 'multipart/form-data'),
    upload('multipart/mixed', [...good], '_form', `multipart/mixed; boundary=${boundary}`),
    upload('charset utf-16', [...good], '_form', `${contentType}; charset=utf-16`),
    upload('a file under another field name', [...good, filePart(boundary, 'scan.pdf', pdf, [], 'photo')], '_form'),
    upload('an unknown text part', [...good, textPart(boundary, 'isAdmin', 'true')], '_form'),
    upload('a part named __proto__', [...good, textPart(boundary, '__proto__', '{"polluted":true}')], '_form'),
    upload('a part named constructor', [...good, textPart(boundary, 'constructor', 'x')], '_form'),
    upload('200 parts', [...good, ...Array.from({ length: 200 }, (_, index) => textPart(boundary, `p${index}`, 'x'))], '_form'),
    upload('a field over the body limit', [...formOf({ ...valid, text: 'я'.repeat(40_000) })], '_form'),
    upload('a program with a path for a name', [...good, filePart(boundary, '../../../etc/passwd', program)], 'attachments'),
    upload('a program sent base64 as a PDF', [...good, filePart(boundary, 'scan.pdf', program.toString('base64'), ['Content-Transfer-Encoding: base64'])], 'attachments'),
    upload(
      'a nested multipart hiding a program',
      [...good, filePart(boundary, 'scan.pdf', `--inner${CRLF}Content-Type: application/pdf${CRLF}${CRLF}%PDF-1.7 ${program.toString('latin1')}${CRLF}--inner--`)],
      'attachments',
    ),
    upload('an HTML page named .pdf', [...good, filePart(boundary, 'invoice.pdf', '<html><script>alert(1)</script></html>')], 'attachments'),
    upload('an SVG named .png', [...good, filePart(boundary, 'photo.png', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')], 'attachments'),
    upload('a PDF header and nothing else', [...good, filePart(boundary, 'scan.pdf', '%PDF-1.7\n')], 'attachments'),
    upload('six files', [...good, ...Array.from({ length: 6 }, (_, index) => filePart(boundary, `s${index}.pdf`, pdf))], 'attachments'),
  );
  return cases;
}
