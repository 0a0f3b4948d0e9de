import { expect, test } from '@playwright/test';
import { appealInput } from '../../cms/src/shared/contracts/appeal';
import { statusLookupInput } from '../../cms/src/shared/contracts/appeal-status';
import { check } from '../../cms/src/shared/contracts/errors';
import { readingInput } from '../../cms/src/shared/contracts/meter-reading';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { APPEAL, databases, nextIp, post, READING, validAppeal, validMeterRequest, validReading, validRequests } from '../helpers/intake.ts';
import { REQUEST_KINDS, REQUESTS } from '../../cms/src/shared/contracts/requests';
import { meterRequestInput } from '../../cms/src/shared/contracts/meter-request';
import { addDays, moscowDate } from '../../cms/src/shared/calendar';
import { stack } from '../helpers/stack.ts';
import { waitForMail } from '../helpers/smtp-capture.ts';
import { StrapiAdmin } from '../helpers/strapi-admin.ts';
import { appealFields, hostileCases, type HostileCase } from './hostile.ts';
import { formFields, multipart, tinyPdf, upload } from '../helpers/files.ts';

/**
 * The intake against the running Strapi — the same code on SQLite and on PostgreSQL: hostile input refused with
 * field-level keys and nothing stored, Tatar accepted, 500 parallel submissions numbered without a gap or a
 * duplicate, the status lookup and its limits, the gate (origin, type, size, rate), the e-mail.
 */
test.describe.configure({ mode: 'default' });

const KNOWN = new Set(Object.keys(ru));

/** Sends every case (25 at a time) and returns what went wrong, so one failure lists them all. */
async function refusedAsExpected(url: string, cases: HostileCase[], schema: Parameters<typeof check>[0]): Promise<string[]> {
  const problems: string[] = [];
  for (let start = 0; start < cases.length; start += 25) {
    await Promise.all(
      cases.slice(start, start + 25).map(async (item) => {
        const response = await post(url, item.body, { contentType: item.contentType === undefined ? 'application/json' : item.contentType });
        const label = `${item.name} → ${response.status}`;
        const fail = (problem: string) => void problems.push(`${label}: ${problem}`);
        if (response.status < 400 || response.status >= 500) return fail('not a 4xx');
        if (!response.errors.length) return fail(`no field errors in ${response.text.slice(0, 120)}`);
        const unknown = response.errors.filter((error) => typeof error.field !== 'string' || !KNOWN.has(error.key));
        if (unknown.length) return fail(`unknown keys ${JSON.stringify(unknown)}`);
        if (!response.errors.some((error) => error.field === item.field)) return fail(`expected ${item.field}, got ${JSON.stringify(response.errors)}`);
        // One contract, enforced twice: the server says exactly what the island would have said.
        if (!item.raw && response.status === 422) {
          const local = check(schema, item.body);
          if (local.ok) return fail('the contract accepts this body but the server refused it');
          if (JSON.stringify(local.errors) !== JSON.stringify(response.errors)) fail(`server ${JSON.stringify(response.errors)} ≠ contract ${JSON.stringify(local.errors)}`);
        }
      }),
    );
  }
  return problems;
}

const readingFields = {
  locale: { required: true },
  accountNumber: { required: true, max: 20, valid: '1234567890', extra: ['12 34', 'ЛС-1'] },
  meterZones: { required: true, extra: ['four-zone', 'single '] },
  reading: { max: 12, valid: '12345', extra: ['-5', '1e9', '12,3,4', '123456789', '1.2345'], context: { meterZones: 'single' } },
  readingDay: { max: 12, valid: '12345', extra: ['-5', '1e9'] },
  readingNight: { max: 12, valid: '6789', extra: ['-5', '0x10'] },
  readingPeak: { max: 12, valid: '12345', extra: ['-5'], context: { meterZones: 'three-zone', readingPeak: '1', readingNight: '1', readingSemiPeak: '1' } },
  readingSemiPeak: { max: 12, valid: '12345', extra: ['-5'], context: { meterZones: 'three-zone', readingPeak: '1', readingNight: '1', readingSemiPeak: '1' } },
};

const tomorrow = addDays(moscowDate(), 1);
const meterRequestFields = {
  locale: { required: true },
  meterWork: { required: true, extra: ['repair', 'Replace', 'verify '] },
  premisesAddress: { freeText: true, required: true, max: 300, valid: 'Казань, ул. Баумана, 1' },
  applicantType: { required: true },
  name: { required: true, max: 200, valid: 'Иванов Иван' },
  accountNumber: { max: 20, valid: '1234567890', extra: ['12-34', '1234', ''] },
  contractNumber: { max: 40, valid: '16-0001', context: { applicantType: 'legal-entity' }, extra: ['№', '---', ''] },
  phone: { max: 25, valid: '89171234567', extra: ['123', '+7 (917) abc', ''] },
  email: { max: 254, valid: 'a@example.ru', extra: ['not-an-email', 'a@'] },
  preferredFrom: { max: 10, valid: tomorrow, extra: ['2026-02-30', '31.12.1999', '2000-01-01', 'завтра', '1.1'] },
  preferredTo: { max: 10, valid: tomorrow, extra: ['2026-13-01', '00.00.0000'], context: { preferredFrom: addDays(tomorrow, 5) } },
  accessNotes: { freeText: true, max: 500, valid: 'Домофон 12, после 17:00' },
  consent: { required: true, extra: ['true', 'on', 1, 'yes'], accepts: [true] },
};

/** The fields every typed request shares, and the tariff variant's own. */
const { meterWork: _work, premisesAddress, preferredFrom: _from, preferredTo: _to, accessNotes: _notes, ...ownerFields } = meterRequestFields;
const tariffVariantFields = {
  ...ownerFields,
  premisesAddress,
  meterZones: { required: true, extra: ['four-zone', 'Single', 'day night'] },
  tariffVariant: { required: true, extra: ['night', 'three-zone ', 'peak'] },
};
/** A citizens' type: no applicant's kind, no contract number, the account number always. */
const { applicantType: _applicantType, contractNumber: _contractNumber, ...citizenFields } = ownerFields;
const tariffBenefitFields = {
  ...citizenFields,
  premisesAddress,
  accountNumber: { ...ownerFields.accountNumber, required: true },
  benefit: { required: true, extra: ['pensioner', 'Large-family', 'electric-heating '] },
};
/** The contract request: no contract number yet; an organisation's ИНН, a new owner's date and readings. */
const { contractNumber: _noContract, ...applicantFields } = ownerFields;
const reRegistered = { contractAction: 're-register', ownedSince: '2026-10-01' };
const contractFields = {
  ...applicantFields,
  // Optional here: a new owner may not know the account yet.
  accountNumber: { max: 20, valid: '1234567890', extra: ['12-34', '1234'] },
  premisesAddress,
  contractAction: { required: true, extra: ['terminate', 'Conclude', 're-register '] },
  ownedSince: { max: 10, valid: '2026-10-01', extra: ['2026-02-30', 'вчера', '1.1', addDays(moscowDate(), 1)], context: { contractAction: 're-register' } },
  transferReading: { freeText: true, max: 100, valid: '12345', context: reRegistered },
  taxId: { max: 12, valid: '7707083893', extra: ['7707083894', '500100732250', '12345', '77070838930', '7707 083893'], context: { applicantType: 'legal-entity' } },
};

const statusFields = {
  locale: { required: true, extra: ['en', 'tt-RU', 'RU', 'ru ', 'ба', '__proto__'] },
  number: {
    required: true,
    max: 20,
    valid: '2026-000001',
    extra: [
      '2026-01',
      '26-000001',
      '2026_000001',
      '2026-00000A',
      '№',
      '2026-',
      '-000001',
      'twenty',
      '2026 000001x',
      '2026-000001;',
      '2026-000001--',
      "2026-000001'",
      '2026/000001',
      '２０２６-０００００１',
      '2026‐000001',
      '2026−000001',
      '2026-0000-01',
      'NULL',
      '2026-000001 OR 1=1',
    ],
  },
  code: {
    required: true,
    max: 20,
    valid: 'K7QF-M3XP',
    extra: [
      'K7QF-M3X0',
      'K7QF-M3XI',
      'K7QFM3X',
      'K7QF-M3XPQ',
      'OOOO-OOOO',
      '1111-1111',
      'K7QF_M3XP',
      'K7QF—M3XP',
      '*',
      '%',
      'K7QF-M3X%',
      'K7QF-M3X*',
      'ЖЖЖЖ-ЖЖЖЖ',
      'K7QF-M3XP;',
      "K7QF' OR '1",
      'K7QF-M3XP-K7QF',
      'К7QF-M3XЁ',
      'null',
    ],
  },
};

for (const name of ['SQLite', 'PostgreSQL'] as const) {
  test.describe(name, () => {
    const target = () => databases().find((db) => db.name === name)!;
    const url = (endpoint: string) => `${target().cmsUrl}/api/intake/${endpoint}`;

    test('a Tatar appeal with ә ө ү җ ң һ is registered: number, dates, access code, stored as typed', async () => {
      const staff = await StrapiAdmin.login(target());
      const response = await post(
        url('appeals'),
        validAppeal({
          locale: 'tt',
          name: 'Гыйззәтуллина Гөлнур Җәүдәт кызы',
          text: 'Хисап буенча сорау: күрсәткечләрне тапшырдым, ләкин исәпләмә үзгәрмәде. Һәр ай шулай, зинһар, карагыз.',
        }),
      );
      expect(response.status, response.text).toBe(201);
      const receipt = response.json!.data as { number: string; registeredAt: string; dueDate: string; accessCode: string };
      expect(receipt.number).toMatch(/^\d{4}-\d{6}$/);
      expect(receipt.accessCode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
      const registered = new Date(receipt.registeredAt);
      expect(Date.parse(`${receipt.dueDate}T12:00:00+03:00`) - registered.getTime()).toBeGreaterThan(29 * 86_400_000);
      const { results } = await staff.request<{ results: Array<Record<string, unknown>> }>(
        'GET',
        `/content-manager/collection-types/${APPEAL}?filters[number][$eq]=${receipt.number}`,
      );
      expect(results[0]).toMatchObject({
        name: 'Гыйззәтуллина Гөлнур Җәүдәт кызы',
        language: 'tt',
        appealStatus: 'registered',
        deadlineState: 'on-time',
        dueDate: receipt.dueDate,
      });
      // The code is kept only as a keyed hash, and the admin never shows it.
      expect(JSON.stringify(results[0])).not.toContain(receipt.accessCode);
      expect(results[0]).not.toHaveProperty('accessCodeHash');
    });

    test('SQL-looking words and "<" in the text are only text: stored verbatim', async () => {
      const staff = await StrapiAdmin.login(target());
      const text = "Напряжение < 200 В; пишу как есть: '; DROP TABLE appeals; -- и SELECT * FROM admin_users";
      const response = await post(url('appeals'), validAppeal({ text }));
      expect(response.status).toBe(201);
      const number = (response.json!.data as { number: string }).number;
      const { results } = await staff.request<{ results: Array<{ text: string }> }>('GET', `/content-manager/collection-types/${APPEAL}?filters[number][$eq]=${number}`);
      expect(results[0]!.text).toBe(text);
    });

    test('hostile appeals: ≥200 generated cases, each a 4xx naming the field with a known key; nothing stored, no number used', async () => {
      const staff = await StrapiAdmin.login(target());
      const cases = hostileCases(validAppeal(), appealFields);
      expect(cases.length).toBeGreaterThanOrEqual(200);
      const before = await staff.count(APPEAL);
      const last = await post(url('appeals'), validAppeal());
      expect(await refusedAsExpected(url('appeals'), cases, appealInput)).toEqual([]);
      expect(await staff.count(APPEAL)).toBe(before + 1);
      const next = await post(url('appeals'), validAppeal());
      const seq = (response: typeof last) => Number((response.json!.data as { number: string }).number.split('-')[1]);
      expect(seq(next)).toBe(seq(last) + 1);
    });

    test('hostile readings: ≥200 generated cases refused, nothing stored', async () => {
      const staff = await StrapiAdmin.login(target());
      const cases = hostileCases(validReading(), readingFields);
      expect(cases.length).toBeGreaterThanOrEqual(200);
      const before = await staff.count(READING);
      expect(await refusedAsExpected(url('readings'), cases, readingInput)).toEqual([]);
      expect(await staff.count(READING)).toBe(before);
    });

    test('hostile status lookups: ≥200 generated cases refused', async () => {
      const cases = hostileCases({ locale: 'ru', number: '2026-000001', code: 'K7QF-M3XP' }, statusFields);
      expect(cases.length).toBeGreaterThanOrEqual(200);
      expect(await refusedAsExpected(url('appeal-status'), cases, statusLookupInput)).toEqual([]);
    });

    test('a meter request is registered as an appeal of its own type: the same numbers, code and lookup', async () => {
      const staff = await StrapiAdmin.login(target());
      const appeal = await post(url('appeals'), validAppeal());
      const response = await post(url('requests/meter-work'), validMeterRequest({ preferredFrom: tomorrow, preferredTo: addDays(tomorrow, 7), accessNotes: 'Домофон 12' }));
      expect(response.status, response.text).toBe(201);
      const data = response.json!.data as { number: string; dueDate: string; accessCode: string; emailSent: boolean };
      // One sequence for appeals and requests: the request takes the next number.
      const seq = (number: string) => Number(number.split('-')[1]);
      expect(seq(data.number)).toBe(seq((appeal.json!.data as { number: string }).number) + 1);
      expect(data.dueDate).toBe(addDays(moscowDate(), 30));
      const { results } = await staff.request<{ results: Array<Record<string, unknown>> }>(
        'GET',
        `/content-manager/collection-types/${APPEAL}?filters[number][$eq]=${data.number}`,
      );
      expect(results[0]).toMatchObject({
        requestType: 'meter-work',
        meterWork: 'replace',
        topic: 'metering',
        replyChannel: 'phone',
        premisesAddress: 'Арча, Тукай урамы, 5',
        name: 'Гарипов Әнвәр',
        preferredFrom: tomorrow,
        accessNotes: 'Домофон 12',
        language: 'tt',
        appealStatus: 'registered',
      });
      const status = await post(url('appeal-status'), { locale: 'tt', number: data.number, code: data.accessCode });
      expect(status.json).toEqual({ data: { number: data.number, type: 'meter-work', status: 'registered', dueDate: data.dueDate } });
    });

    test('every typed request is registered with its type, topic and reply channel, and the lookup names the type', async () => {
      const staff = await StrapiAdmin.login(target());
      for (const type of REQUEST_KINDS) {
        // A type granted on documents is sent as its form is, with as many as its case needs (a large family's
        // certificate; a citizen's passport and title to the flat).
        const needed = REQUESTS[type].documents?.(validRequests[type])?.min ?? 0;
        const response = needed
          ? await (async () => {
              const documents = Array.from({ length: needed }, (_, index) => ({ name: `документ ${index + 1}.pdf`, data: tinyPdf() }));
              const { body, contentType } = multipart(formFields(validRequests[type]), documents);
              return upload(url(`requests/${type}`), body, contentType);
            })()
          : await post(url(`requests/${type}`), validRequests[type]);
        expect(response.status, `${type}: ${response.text}`).toBe(201);
        const { number, accessCode } = response.json!.data as { number: string; accessCode: string };
        const { results } = await staff.request<{ results: Array<Record<string, unknown>> }>('GET', `/content-manager/collection-types/${APPEAL}?filters[number][$eq]=${number}`);
        expect(results[0], type).toMatchObject({ requestType: type, topic: REQUESTS[type].topic, replyChannel: REQUESTS[type].replyChannel, appealStatus: 'registered' });
        const status = await post(url('appeal-status'), { locale: 'ru', number, code: accessCode });
        expect(status.json, type).toEqual({ data: { number, type, status: 'registered', dueDate: addDays(moscowDate(), 30) } });
      }
      // A type that is not one is not a route to post to.
      const unknown = await post(url('requests/contract-termination'), validRequests['e-bill']);
      expect(unknown.status).toBe(404);
    });

    test('a tariff variant the meter cannot count is refused, and so is an e-mailed bill without an address', async () => {
      const zones = await post(url('requests/tariff-variant'), { ...validRequests['tariff-variant'], meterZones: 'single' });
      expect([zones.status, zones.errors]).toEqual([422, [{ field: 'tariffVariant', key: 'tariffvariant.error.tariffVariant.needsMeter' }]]);
      const { email: _email, ...noEmail } = validRequests['e-bill'];
      const bill = await post(url('requests/e-bill'), noEmail);
      expect([bill.status, bill.errors]).toEqual([422, [{ field: 'email', key: 'request.error.email.required' }]]);
    });

    test('hostile tariff-variant requests: ≥200 generated cases refused with the contract’s keys, nothing stored', async () => {
      const staff = await StrapiAdmin.login(target());
      const cases = hostileCases({ ...validRequests['tariff-variant'] }, tariffVariantFields);
      expect(cases.length).toBeGreaterThanOrEqual(200);
      const before = await staff.count(APPEAL);
      expect(await refusedAsExpected(url('requests/tariff-variant'), cases, REQUESTS['tariff-variant'].schema)).toEqual([]);
      expect(await staff.count(APPEAL)).toBe(before);
    });

    test('hostile tariff-benefit requests: ≥200 generated cases refused with the contract’s keys, nothing stored', async () => {
      const staff = await StrapiAdmin.login(target());
      const cases = hostileCases({ ...validRequests['tariff-benefit'] }, tariffBenefitFields);
      expect(cases.length).toBeGreaterThanOrEqual(200);
      const before = await staff.count(APPEAL);
      expect(await refusedAsExpected(url('requests/tariff-benefit'), cases, REQUESTS['tariff-benefit'].schema)).toEqual([]);
      expect(await staff.count(APPEAL)).toBe(before);
    });

    test('hostile contract requests: ≥200 generated cases refused with the contract’s keys, nothing stored', async () => {
      const staff = await StrapiAdmin.login(target());
      const cases = hostileCases({ ...validRequests.contract }, contractFields);
      expect(cases.length).toBeGreaterThanOrEqual(200);
      const before = await staff.count(APPEAL);
      expect(await refusedAsExpected(url('requests/contract'), cases, REQUESTS.contract.schema)).toEqual([]);
      expect(await staff.count(APPEAL)).toBe(before);
    });

    test('hostile meter requests: ≥200 generated cases refused with the contract’s keys, nothing stored', async () => {
      const staff = await StrapiAdmin.login(target());
      const cases = hostileCases(validMeterRequest(), meterRequestFields);
      expect(cases.length).toBeGreaterThanOrEqual(200);
      const before = await staff.count(APPEAL);
      expect(await refusedAsExpected(url('requests/meter-work'), cases, meterRequestInput)).toEqual([]);
      expect(await staff.count(APPEAL)).toBe(before);
    });

    test('a reading is accepted without login and confirmed with a number; other zones are dropped', async () => {
      const staff = await StrapiAdmin.login(target());
      const response = await post(url('readings'), validReading({ reading: '999' }));
      expect(response.status, response.text).toBe(201);
      const data = response.json!.data as { number: string; values: Record<string, string> };
      expect(data.number).toMatch(/^\d{4}-R\d{6}$/);
      expect(data.values).toEqual({ readingDay: '12345', readingNight: '6789.5' });
      const { results } = await staff.request<{ results: Array<Record<string, unknown>> }>(
        'GET',
        `/content-manager/collection-types/${READING}?filters[number][$eq]=${data.number}`,
      );
      expect(results[0]).toMatchObject({ accountNumber: '1234567890', meterZones: 'day-night', readingDay: '12345', readingNight: '6789.5', reading: null, processed: false });
    });

    test('500 parallel appeals → 500 records, 500 distinct numbers in one unbroken sequence', async () => {
      test.setTimeout(240_000);
      const staff = await StrapiAdmin.login(target());
      const before = await staff.count(APPEAL);
      const responses = await Promise.all(Array.from({ length: 500 }, (_, index) => post(url('appeals'), validAppeal({ name: `Параллельный Заявитель ${index}` }))));
      expect(responses.filter((response) => response.status !== 201).map((response) => `${response.status} ${response.text.slice(0, 200)}`)).toEqual([]);
      const numbers = responses.map((response) => (response.json!.data as { number: string }).number);
      expect(new Set(numbers).size).toBe(500);
      const sequence = numbers.map((number) => Number(number.split('-')[1])).sort((a, b) => a - b);
      expect(sequence.at(-1)! - sequence[0]!).toBe(499);
      expect(await staff.count(APPEAL)).toBe(before + 500);
    });

    test('status lookup: the status only; wrong codes rate limited per address and per appeal', async () => {
      const created = await post(url('appeals'), validAppeal());
      const { number, accessCode } = created.json!.data as { number: string; accessCode: string };
      const right = await post(url('appeal-status'), { locale: 'ru', number, code: accessCode.toLowerCase().replace('-', ' ') });
      expect(right.status).toBe(200);
      expect(right.json).toEqual({ data: { number, type: 'appeal', status: 'registered', dueDate: (created.json!.data as { dueDate: string }).dueDate } });

      const wrong = await post(url('appeal-status'), { locale: 'ru', number, code: 'AAAA-AAAA' });
      expect(wrong.status).toBe(404);
      expect(wrong.errors).toEqual([{ field: 'code', key: 'status.error.notFound' }]);
      const unknown = await post(url('appeal-status'), { locale: 'ru', number: '1999-000001', code: accessCode });
      expect([unknown.status, unknown.errors]).toEqual([404, [{ field: 'code', key: 'status.error.notFound' }]]);

      // Ten wrong codes from one address: then even the right code is refused there for a while.
      const guesser = nextIp();
      for (let i = 0; i < 10; i += 1) expect((await post(url('appeal-status'), { locale: 'ru', number, code: `AAAA-AAA${'BCDEFGHJKL'[i]}` }, { ip: guesser })).status).toBe(404);
      const blocked = await post(url('appeal-status'), { locale: 'ru', number, code: accessCode }, { ip: guesser });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(blocked.errors).toEqual([{ field: '_form', key: 'form.error.rateLimited', values: { minutes: expect.any(Number) } }]);
      // Spread over many addresses, the guesses still count against the appeal: 20 a day.
      for (let i = 0; i < 9; i += 1) await post(url('appeal-status'), { locale: 'ru', number, code: `BBBB-BBB${'CDEFGHJKL'[i]}` });
      expect((await post(url('appeal-status'), { locale: 'ru', number, code: accessCode })).status).toBe(429);
    });

    test('the gate: origin, content type, length, size and rate limits are refused before anything is read', async () => {
      const { siteUrl } = stack();
      const foreign = await post(url('appeals'), validAppeal(), { origin: 'https://evil.example' });
      expect([foreign.status, foreign.errors]).toEqual([403, [{ field: '_form', key: 'form.error.origin' }]]);
      expect((await post(url('appeals'), validAppeal(), { origin: siteUrl })).status).toBe(201);

      const preflight = (origin: string) =>
        fetch(url('appeals'), { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
      expect((await preflight(siteUrl)).headers.get('access-control-allow-origin')).toBe(siteUrl);
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();

      const chunked = await fetch(url('appeals'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': nextIp() },
        body: new ReadableStream({ start: (controller) => (controller.enqueue(new TextEncoder().encode(JSON.stringify(validAppeal()))), controller.close()) }),
        duplex: 'half',
      } as RequestInit);
      expect(chunked.status).toBe(411);

      const visitor = nextIp();
      for (let i = 0; i < 10; i += 1) expect((await post(url('appeals'), { locale: 'ru' }, { ip: visitor })).status).toBe(422);
      const limited = await post(url('appeals'), validAppeal(), { ip: visitor });
      expect([limited.status, limited.errors]).toEqual([429, [{ field: '_form', key: 'form.error.rateLimited', values: { minutes: expect.any(Number) } }]]);
    });

    test('the confirmation e-mail goes out in the visitor’s language with the number and the code', async () => {
      const address = `gulnur.${name.toLowerCase()}.${Date.now()}@example.test`;
      const response = await post(url('appeals'), validAppeal({ locale: 'tt', replyChannel: 'email', email: address, name: 'Сафина Гөлнур' }));
      expect(response.status).toBe(201);
      const { number, accessCode } = response.json!.data as { number: string; accessCode: string };
      const mail = await waitForMail(stack().mailDir, address);
      expect(mail.subject).toBe(`№ ${number} мөрәҗәгать теркәлде`);
      expect(mail.text).toContain(accessCode);
      expect(mail.text).toContain(`${stack().siteUrl}/tt/appeal/status/`);
      expect(mail.language).toBe('tt');
    });

    test('nothing reads appeals or readings over the content API: not the public, not the site token', async () => {
      const { tokenFile } = stack();
      const { readFileSync } = await import('node:fs');
      const token = readFileSync(tokenFile, 'utf8').trim();
      for (const path of ['/api/appeals', '/api/meter-readings', '/api/appeals/1']) {
        expect((await fetch(`${target().cmsUrl}${path}`)).status, path).toBe(404);
        if (name === 'SQLite') expect((await fetch(`${target().cmsUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })).status, path).toBe(404);
      }
    });
  });
}

test('without JavaScript: a form post is answered with pages — the form again with its errors, or a redirect to the receipt', async () => {
  const { cmsUrl } = stack();
  const staff = await StrapiAdmin.login();
  const before = await staff.count(APPEAL);
  const form = Object.fromEntries(Object.entries(validAppeal({ name: '<b>Иванов</b>', consent: 'on' })).map(([key, value]) => [key, String(value)]));
  const refused = await post(`${cmsUrl}/api/intake/appeals?lang=ru`, form, { contentType: 'application/x-www-form-urlencoded' });
  expect(refused.status).toBe(422);
  expect(refused.text).toContain('<title>Ошибка: Подать обращение');
  expect(refused.text).toContain('Уберите из поля «Фамилия, имя и отчество или наименование организации» HTML-разметку');
  expect(refused.text).toContain('value="&lt;b&gt;Иванов&lt;/b&gt;"');
  expect(refused.text).not.toContain('<b>Иванов');
  expect(await staff.count(APPEAL)).toBe(before);

  const accepted = await post(`${cmsUrl}/api/intake/appeals?lang=ru`, { ...form, name: 'Иванов Иван' }, { contentType: 'application/x-www-form-urlencoded' });
  expect(accepted.status).toBe(303);
  const receiptUrl = new URL(accepted.headers.get('location')!, cmsUrl).toString();
  const receipt = await (await fetch(receiptUrl)).text();
  // The receipt is the island's own markup (cms/src/shared/forms), which marks the number and the code for tests.
  expect(receipt).toMatch(/<strong[^>]*>\d{4}-\d{6}<\/strong>/);
  expect(receipt).toMatch(/class="code"[^>]*>[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}</);
  // Reloading the receipt registers nothing more.
  await fetch(receiptUrl);
  expect(await staff.count(APPEAL)).toBe(before + 1);
  expect((await fetch(`${cmsUrl}/api/intake/receipt?lang=tt&t=forged`)).status).toBe(410);
});
