import { describe, expect, it } from 'vitest';
import { appealForm, appealFromForm, appealInput } from './appeal';
import { check } from './errors';
import { conditionalCss, fieldsOf } from './form-spec';
import { readingForm, readingInput } from './meter-reading';
import { normalizeAccessCode, statusLookupInput } from './appeal-status';
import { addDays, moscowDate } from '../calendar';
import { meterRequestForm, meterRequestInput } from './meter-request';
import { ebillRequestInput } from './ebill-request';
import { tariffVariantInput } from './tariff-variant-request';
import { benefitRequestForm, benefitRequestInput } from './benefit-request';
import { documentsProblem, REQUEST_KINDS, REQUESTS } from './requests';
import { contractRequestForm, contractRequestInput, isValidTaxId } from './contract-request';

const appeal = {
  locale: 'ru',
  applicantType: 'individual',
  name: 'Иванова Мария Петровна',
  accountNumber: '1234567890',
  replyChannel: 'email',
  email: 'maria@example.ru',
  phone: '',
  postalAddress: '',
  topic: 'billing',
  text: 'Прошу пересчитать начисления за октябрь: показания были переданы вовремя.',
  consent: true,
};

const errorsOf = (schema: Parameters<typeof check>[0], input: unknown) => {
  const result = check(schema, input);
  return result.ok ? [] : result.errors;
};

describe('appeal contract', () => {
  it('accepts a complete appeal and normalizes it', () => {
    const result = check(appealInput, { ...appeal, name: '  Иванова Мария Петровна ', text: `${appeal.text}\r\nСпасибо.` });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.name).toBe('Иванова Мария Петровна');
    expect(result.data.text.endsWith('\nСпасибо.')).toBe(true);
    // Blank optional fields are "not given", not empty strings.
    expect(result.data.phone).toBeUndefined();
  });

  it('accepts Tatar names and text with ә ө ү җ ң һ', () => {
    const result = check(appealInput, {
      ...appeal,
      locale: 'tt',
      name: 'Гыйззәтуллина Гөлнур Җәүдәт кызы',
      text: 'Хисап буенча сорау: күрсәткечләрне тапшырдым, ләкин исәпләмә үзгәрмәде. Һәр ай шулай.',
    });
    expect(result.ok).toBe(true);
  });

  it('stores one Unicode form of a letter however it was typed (NFC)', () => {
    const decomposed = 'Хаи\u0306ретдинов Рөстәм'; // й typed as и + combining breve
    const result = check(appealInput, { ...appeal, name: decomposed });
    expect(result.ok && result.data.name).toBe('Хайретдинов Рөстәм');
  });

  it('reports every missing field at once, each with its own key', () => {
    expect(errorsOf(appealInput, { locale: 'ru' })).toEqual([
      { field: 'applicantType', key: 'appeal.error.applicantType.required' },
      { field: 'name', key: 'appeal.error.name.required' },
      { field: 'replyChannel', key: 'appeal.error.replyChannel.required' },
      { field: 'topic', key: 'appeal.error.topic.required' },
      { field: 'text', key: 'appeal.error.text.required' },
      { field: 'consent', key: 'appeal.error.consent.required' },
    ]);
  });

  it('needs the contact of the chosen reply channel, even while other fields are wrong', () => {
    expect(errorsOf(appealInput, { ...appeal, email: '', replyChannel: 'email', name: '' })).toEqual([
      { field: 'name', key: 'appeal.error.name.required' },
      { field: 'email', key: 'appeal.error.email.required' },
    ]);
    expect(errorsOf(appealInput, { ...appeal, replyChannel: 'phone' })).toEqual([{ field: 'phone', key: 'appeal.error.phone.required' }]);
    expect(errorsOf(appealInput, { ...appeal, replyChannel: 'post' })).toEqual([{ field: 'postalAddress', key: 'appeal.error.postalAddress.required' }]);
    expect(check(appealInput, { ...appeal, replyChannel: 'post', postalAddress: '420021, Казань, ул. Примерная, д. 1, кв. 2' }).ok).toBe(true);
  });

  it('keeps the account number for citizens and the contract number for organisations only', () => {
    const citizen = check(appealInput, { ...appeal, contractNumber: '16-0001' });
    expect(citizen.ok && citizen.data.contractNumber).toBeUndefined();
    const company = check(appealInput, { ...appeal, applicantType: 'legal-entity', name: 'ООО «Ромашка»', contractNumber: '16/0001-Э' });
    expect(company.ok && [company.data.accountNumber, company.data.contractNumber]).toEqual([undefined, '16/0001-Э']);
  });

  it.each([
    ['name', '<script>alert(1)</script>', 'form.error.markup'],
    ['name', "Robert'); DROP TABLE appeals;--", 'appeal.error.name.invalid'],
    ['name', 'Иван\u202Eов', 'form.error.characters'],
    ['name', 'Иван\u0000ов', 'form.error.characters'],
    ['name', 'x'.repeat(201), 'appeal.error.name.tooLong'],
    ['name', 12345, 'appeal.error.name.required'],
    ['accountNumber', '12-34', 'appeal.error.accountNumber.invalid'],
    ['email', 'not-an-email', 'appeal.error.email.invalid'],
    ['email', 'a@example.ru\u0007x', 'form.error.characters'],
    ['email', 'a@example.ru\u202Ex', 'form.error.characters'],
    ['email', '"quoted"@example.ru', 'appeal.error.email.invalid'],
    ['phone', '123', 'appeal.error.phone.invalid'],
    ['topic', "' OR 1=1 --", 'appeal.error.topic.required'],
    ['text', 'коротко', 'appeal.error.text.tooShort'],
    ['text', 'я'.repeat(5001), 'appeal.error.text.tooLong'],
    ['text', 'Смотрите <img src=x onerror=alert(1)>', 'form.error.markup'],
    ['consent', 'on', 'appeal.error.consent.required'],
    ['website', 'http://spam.example', 'form.error.honeypot'],
  ])('refuses %s = %j with %s', (field, value, key) => {
    expect(errorsOf(appealInput, { ...appeal, [field]: value })).toEqual([{ field, key }]);
  });

  it('accepts e-mail addresses with Cyrillic domains', () => {
    expect(check(appealInput, { ...appeal, email: 'гөлнур@почта.рф' }).ok).toBe(true);
  });

  it('keeps text that only looks dangerous: "<" before a number, SQL words', () => {
    const result = check(appealInput, { ...appeal, text: "Напряжение < 200 В весь вечер; SELECT * FROM bills WHERE 1=1 — так написано в чате, '--" });
    expect(result.ok).toBe(true);
  });

  it('refuses unknown fields and __proto__ against the form, without echoing their names', () => {
    expect(errorsOf(appealInput, { ...appeal, isAdmin: true })).toEqual([{ field: '_form', key: 'form.error.unknownField' }]);
    expect(errorsOf(appealInput, JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(appeal).slice(1)}`))).toEqual([{ field: '_form', key: 'form.error.unknownField' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([[null], [[]], ['text'], [42]])('refuses a body that is not an object: %j', (body) => {
    expect(errorsOf(appealInput, body)).toEqual([{ field: '_form', key: 'form.error.format' }]);
  });

  it('reads a browser form post: a ticked checkbox is "on", an unticked one is absent', () => {
    const form = Object.fromEntries(Object.entries(appeal).map(([key, value]) => [key, String(value)]));
    expect(check(appealInput, appealFromForm({ ...form, consent: 'on' })).ok).toBe(true);
    const { consent: _, ...unticked } = form;
    expect(errorsOf(appealInput, appealFromForm(unticked))).toEqual([{ field: 'consent', key: 'appeal.error.consent.required' }]);
  });
});

describe('meter readings contract', () => {
  const base = { locale: 'tt', accountNumber: '1234567890' };

  it('needs one reading per zone of the chosen meter', () => {
    expect(check(readingInput, { ...base, meterZones: 'single', reading: '12345,6' })).toEqual({ ok: true, data: { ...base, meterZones: 'single', reading: '12345.6' } });
    expect(errorsOf(readingInput, { ...base, meterZones: 'day-night', readingDay: '100' })).toEqual([{ field: 'readingNight', key: 'readings.error.readingNight.required' }]);
    expect(errorsOf(readingInput, { ...base, meterZones: 'three-zone' }).map((error) => error.field)).toEqual(['readingPeak', 'readingNight', 'readingSemiPeak']);
  });

  it('drops readings of zones the meter does not have', () => {
    const result = check(readingInput, { ...base, meterZones: 'single', reading: '10', readingDay: '999', readingNight: 'junk' });
    expect(result).toEqual({ ok: true, data: { ...base, meterZones: 'single', reading: '10' } });
  });

  it.each([
    ['reading', '-5', 'readings.error.reading.invalid'],
    ['reading', '1e9', 'readings.error.reading.invalid'],
    ['reading', 12345, 'readings.error.reading.invalid'],
    ['accountNumber', '', 'readings.error.accountNumber.required'],
    ['accountNumber', 'ЛС-123', 'readings.error.accountNumber.invalid'],
    ['meterZones', 'four-zone', 'readings.error.meterZones.required'],
    ['meterZones', '__proto__', 'readings.error.meterZones.required'],
    ['meterZones', { toString: 'x' }, 'readings.error.meterZones.required'],
  ])('refuses %s = %j with %s', (field, value, key) => {
    expect(errorsOf(readingInput, { ...base, meterZones: 'single', reading: '1', [field]: value })).toContainEqual({ field, key });
  });
});

describe('status lookup contract', () => {
  it('accepts the code however it was typed', () => {
    expect(normalizeAccessCode(' k7qf m3xp ')).toBe('K7QF-M3XP');
    expect(normalizeAccessCode('К7QF-М3XР')).toBe('K7QF-M3XP'); // Cyrillic К, М, Р
    expect(check(statusLookupInput, { locale: 'ru', number: '№ 2026-000123', code: 'k7qfm3xp' })).toEqual({
      ok: true,
      data: { locale: 'ru', number: '2026-000123', code: 'K7QF-M3XP' },
    });
  });

  it('refuses malformed numbers and codes', () => {
    expect(errorsOf(statusLookupInput, { locale: 'ru', number: "1' OR '1'='1", code: 'K7QF-M3X0' })).toEqual([
      { field: 'number', key: 'status.error.number.invalid' },
      { field: 'code', key: 'status.error.code.invalid' },
    ]);
  });
});

describe('meter request contract', () => {
  const request = {
    locale: 'ru',
    meterWork: 'install',
    premisesAddress: 'Арск, ул. Советская, 3',
    applicantType: 'individual',
    name: 'Сафина Алсу',
    accountNumber: '1234567890',
    contractNumber: '',
    phone: '8 917 123-45-67',
    email: '',
    preferredFrom: '',
    preferredTo: '',
    accessNotes: '',
    consent: true,
  };
  const tomorrow = addDays(moscowDate(), 1);

  it('accepts a request with a visit window, dates typed either way, and drops the other applicant’s number', () => {
    const result = check(meterRequestInput, { ...request, contractNumber: '16-0001', preferredFrom: tomorrow.split('-').reverse().join('.'), preferredTo: addDays(tomorrow, 3) });
    expect(result).toMatchObject({ ok: true, data: { preferredFrom: tomorrow, preferredTo: addDays(tomorrow, 3), accountNumber: '1234567890' } });
    expect(result.ok && 'contractNumber' in result.data).toBe(false);
  });

  it('names every problem at once: the owner’s number, the phone, a past day, a window that ends before it starts', () => {
    const errors = errorsOf(meterRequestInput, { ...request, meterWork: '', accountNumber: '', phone: '', preferredFrom: moscowDate(), preferredTo: addDays(moscowDate(), -1) });
    expect(errors).toEqual([
      { field: 'meterWork', key: 'meter.error.meterWork.required' },
      { field: 'accountNumber', key: 'request.error.accountNumber.required' },
      { field: 'phone', key: 'request.error.phone.required' },
      { field: 'preferredFrom', key: 'meter.error.preferredFrom.past' },
      { field: 'preferredTo', key: 'meter.error.preferredTo.beforeFrom' },
    ]);
  });

  it('asks an organisation for its contract number, and refuses a day that is not in the calendar', () => {
    expect(errorsOf(meterRequestInput, { ...request, applicantType: 'legal-entity', preferredFrom: '2027-02-30' })).toEqual([
      // A field's own check first, then the rules across fields; the form lists them in the fields' order.
      { field: 'preferredFrom', key: 'meter.error.preferredFrom.invalid' },
      { field: 'contractNumber', key: 'request.error.contractNumber.required' },
    ]);
  });

  it('shares the appeal’s wording for who asks, and speaks its own for the rest', () => {
    const from = Object.fromEntries(fieldsOf(meterRequestForm).map((field) => [field.name, field.from ?? meterRequestForm.id]));
    expect(from).toMatchObject({ name: 'appeal', applicantType: 'appeal', phone: 'appeal', consent: 'appeal', meterWork: 'meter', preferredFrom: 'meter' });
  });
});

describe('e-bill and tariff-variant request contracts', () => {
  const owner = { locale: 'tt', applicantType: 'individual', name: 'Сафина Алсу', accountNumber: '1234567890', consent: true };

  it('an e-mailed bill needs the address it goes to', () => {
    expect(errorsOf(ebillRequestInput, { ...owner, email: '' })).toEqual([{ field: 'email', key: 'request.error.email.required' }]);
    expect(check(ebillRequestInput, { ...owner, email: 'alsu@example.ru' }).ok).toBe(true);
  });

  it('a zone tariff needs a meter that counts the zones; a three-zone meter serves two zones too', () => {
    const variant = { ...owner, premisesAddress: 'Казан, Баумана урамы, 1', phone: '89171234567' };
    expect(errorsOf(tariffVariantInput, { ...variant, meterZones: 'single', tariffVariant: 'day-night' })).toEqual([
      { field: 'tariffVariant', key: 'tariffvariant.error.tariffVariant.needsMeter' },
    ]);
    expect(errorsOf(tariffVariantInput, { ...variant, meterZones: 'day-night', tariffVariant: 'three-zone' })).toEqual([
      { field: 'tariffVariant', key: 'tariffvariant.error.tariffVariant.needsMeter' },
    ]);
    expect(check(tariffVariantInput, { ...variant, meterZones: 'three-zone', tariffVariant: 'day-night' }).ok).toBe(true);
    expect(check(tariffVariantInput, { ...variant, meterZones: 'day-night', tariffVariant: 'single' }).ok).toBe(true);
  });
});

describe('tariff-benefit request contract', () => {
  const benefit = {
    locale: 'tt',
    benefit: 'electric-heating',
    premisesAddress: 'Арча, Тукай урамы, 5',
    name: 'Гарипов Әнвәр',
    accountNumber: '1234567890',
    phone: '8 917 123-45-67',
    email: '',
    consent: true,
  };

  it('accepts a citizen’s request: no applicant’s kind is asked', () => {
    expect(check(benefitRequestInput, benefit)).toMatchObject({ ok: true, data: { benefit: 'electric-heating', accountNumber: '1234567890' } });
    expect(check(benefitRequestInput, { ...benefit, benefit: 'large-family', email: 'enver@example.ru' }).ok).toBe(true);
  });

  it('names the benefit, the account number and the phone at once when they are missing', () => {
    expect(errorsOf(benefitRequestInput, { ...benefit, benefit: '', accountNumber: '', phone: '' })).toEqual([
      { field: 'benefit', key: 'benefit.error.benefit.required' },
      { field: 'accountNumber', key: 'request.error.accountNumber.required' },
      { field: 'phone', key: 'request.error.phone.required' },
    ]);
    expect(errorsOf(benefitRequestInput, { ...benefit, benefit: 'pensioner' })).toEqual([{ field: 'benefit', key: 'benefit.error.benefit.required' }]);
  });

  it('takes no organisation’s fields', () => {
    expect(errorsOf(benefitRequestInput, { ...benefit, applicantType: 'individual' })).toEqual([{ field: '_form', key: 'form.error.unknownField' }]);
    expect(errorsOf(benefitRequestInput, { ...benefit, contractNumber: '16-0001' })).toEqual([{ field: '_form', key: 'form.error.unknownField' }]);
  });

  it('asks for the documents: the field is not optional', () => {
    expect(fieldsOf(benefitRequestForm).find((field) => field.name === 'attachments')).toMatchObject({ kind: 'files', optional: false });
  });

  it('registers the request as an individual’s', () => {
    expect(REQUESTS['tariff-benefit'].fixed).toEqual({ applicantType: 'individual' });
  });
});

describe('contract request contract', () => {
  const citizen = {
    locale: 'ru',
    contractAction: 'conclude',
    premisesAddress: 'Казань, ул. Баумана, 1, кв. 5',
    applicantType: 'individual',
    name: 'Хасанова Гульнара Ильдаровна',
    accountNumber: '',
    taxId: '',
    ownedSince: '',
    transferReading: '',
    phone: '8 917 123-45-67',
    email: '',
    consent: true,
  };
  // A valid ИНН of each length, worked out by the ФНС check-digit rule (10: one check digit; 12: two).
  const organisation = { ...citizen, applicantType: 'legal-entity', name: 'ООО «Ромашка»', taxId: '7707083893' };

  it('checks an ИНН by its check digits', () => {
    expect(isValidTaxId('7707083893')).toBe(true);
    expect(isValidTaxId('7707083894')).toBe(false);
    expect(isValidTaxId('500100732259')).toBe(true);
    expect(isValidTaxId('500100732250')).toBe(false);
    expect(isValidTaxId('50010073225')).toBe(false);
    expect(isValidTaxId('770708389a')).toBe(false);
  });

  it('accepts a citizen’s conclusion and drops what belongs to other cases', () => {
    const result = check(contractRequestInput, { ...citizen, taxId: '7707083893', ownedSince: '01.10.2026', transferReading: '12345' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).not.toHaveProperty('taxId');
    expect(result.data).not.toHaveProperty('ownedSince');
    expect(result.data).not.toHaveProperty('transferReading');
  });

  it('accepts an organisation with a valid ИНН of 10 or 12 digits, and drops the account number', () => {
    expect(check(contractRequestInput, { ...organisation, accountNumber: '1234567890' })).toMatchObject({ ok: true, data: { taxId: '7707083893' } });
    const result = check(contractRequestInput, { ...organisation, taxId: '500100732259' });
    expect(result.ok && result.data).not.toHaveProperty('accountNumber');
  });

  it('an organisation needs an ИНН that adds up', () => {
    expect(errorsOf(contractRequestInput, { ...organisation, taxId: '' })).toEqual([{ field: 'taxId', key: 'contract.error.taxId.required' }]);
    expect(errorsOf(contractRequestInput, { ...organisation, taxId: '12345' })).toEqual([{ field: 'taxId', key: 'contract.error.taxId.invalid' }]);
    expect(errorsOf(contractRequestInput, { ...organisation, taxId: '7707083894' })).toEqual([{ field: 'taxId', key: 'contract.error.taxId.checksum' }]);
  });

  it('re-registration asks the day the premises changed hands, not in the future, and keeps the readings', () => {
    const reRegister = { ...citizen, contractAction: 're-register' };
    expect(errorsOf(contractRequestInput, reRegister)).toEqual([{ field: 'ownedSince', key: 'contract.error.ownedSince.required' }]);
    expect(errorsOf(contractRequestInput, { ...reRegister, ownedSince: '31.02.2026' })).toEqual([{ field: 'ownedSince', key: 'contract.error.ownedSince.invalid' }]);
    expect(errorsOf(contractRequestInput, { ...reRegister, ownedSince: addDays(moscowDate(), 1) })).toEqual([{ field: 'ownedSince', key: 'contract.error.ownedSince.future' }]);
    expect(check(contractRequestInput, { ...reRegister, ownedSince: moscowDate(), transferReading: 'день 12345, ночь 6789' })).toMatchObject({
      ok: true,
      data: { ownedSince: moscowDate(), transferReading: 'день 12345, ночь 6789' },
    });
    expect(errorsOf(contractRequestInput, { ...reRegister, ownedSince: '01.10.2026', transferReading: '<b>1</b>' })).toEqual([
      { field: 'transferReading', key: 'form.error.markup' },
    ]);
  });

  it('names every missing answer at once', () => {
    expect(errorsOf(contractRequestInput, { ...citizen, contractAction: '', premisesAddress: '', phone: '' })).toEqual([
      { field: 'contractAction', key: 'contract.error.contractAction.required' },
      { field: 'premisesAddress', key: 'contract.error.premisesAddress.required' },
      { field: 'phone', key: 'request.error.phone.required' },
    ]);
  });

  it('counts the required documents of the applicant’s case: two for a citizen, three for an organisation', () => {
    const kind = REQUESTS.contract;
    expect(fieldsOf(contractRequestForm).find((field) => field.name === 'attachments')).toMatchObject({ kind: 'files', optional: false });
    expect(documentsProblem(kind, { applicantType: 'individual' }, 1)).toEqual({ field: 'attachments', key: 'contract.error.attachments.individual' });
    expect(documentsProblem(kind, { applicantType: 'individual' }, 2)).toBeNull();
    expect(documentsProblem(kind, { applicantType: 'legal-entity' }, 2)).toEqual({ field: 'attachments', key: 'contract.error.attachments.legal-entity' });
    expect(documentsProblem(kind, { applicantType: 'legal-entity' }, 3)).toBeNull();
    expect(documentsProblem(kind, {}, 0)).toBeNull();
  });
});

describe('documentsProblem', () => {
  const kind = REQUESTS['tariff-benefit'];

  it('electric heating needs both documents', () => {
    const problem = { field: 'attachments', key: 'benefit.error.attachments.electric-heating' };
    expect(documentsProblem(kind, { benefit: 'electric-heating' }, 0)).toEqual(problem);
    expect(documentsProblem(kind, { benefit: 'electric-heating' }, 1)).toEqual(problem);
    expect(documentsProblem(kind, { benefit: 'electric-heating' }, 2)).toBeNull();
    expect(documentsProblem(kind, { benefit: 'electric-heating' }, 3)).toBeNull();
  });

  it('a large family needs its certificate', () => {
    expect(documentsProblem(kind, { benefit: 'large-family' }, 0)).toEqual({ field: 'attachments', key: 'benefit.error.attachments.large-family' });
    expect(documentsProblem(kind, { benefit: 'large-family' }, 1)).toBeNull();
  });

  it('says nothing while no case is chosen (the benefit field says it), nor for types that need no documents', () => {
    expect(documentsProblem(kind, { benefit: '' }, 0)).toBeNull();
    expect(documentsProblem(kind, {}, 0)).toBeNull();
    for (const type of REQUEST_KINDS.filter((candidate) => candidate !== 'tariff-benefit')) {
      expect(documentsProblem(REQUESTS[type], { benefit: 'electric-heating' }, 0), type).toBeNull();
    }
  });
});

describe('form layouts', () => {
  it('names only fields the contracts know', () => {
    for (const [spec, schema] of [
      [appealForm, appealInput],
      [readingForm, readingInput],
      [meterRequestForm, meterRequestInput],
      ...REQUEST_KINDS.map((type) => [REQUESTS[type].spec, REQUESTS[type].schema] as const),
    ] as const) {
      // Documents are checked as files, by the CMS's upload reader (cms/src/intake/files), not by the contract.
      for (const field of fieldsOf(spec).filter((candidate) => candidate.kind !== 'files')) {
        const errors = errorsOf(schema, { [field.name]: '' });
        expect(
          errors.find((error) => error.key === 'form.error.unknownField'),
          `${spec.id}.${field.name}`,
        ).toBeUndefined();
      }
    }
  });

  it('hides conditional fields with CSS unless their radio is checked', () => {
    expect(conditionalCss(appealForm, '#f')).toContain('#f:has([name="applicantType"][value="legal-entity"]:checked) [data-field="accountNumber"]{display:none}');
    expect(conditionalCss(readingForm, '#f').split('\n')).toHaveLength(9);
  });
});
