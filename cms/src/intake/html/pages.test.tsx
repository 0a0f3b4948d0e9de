import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { appealForm, appealInput } from '../../shared/contracts/appeal';
import { statusForm, statusLookupInput, type StatusView } from '../../shared/contracts/appeal-status';
import { check, type FieldError } from '../../shared/contracts/errors';
import type { FormSpec } from '../../shared/contracts/form-spec';
import { readingForm, readingInput } from '../../shared/contracts/meter-reading';
import AppealForm from '../../shared/forms/AppealForm';
import ReadingsForm from '../../shared/forms/ReadingsForm';
import RequestForm from '../../shared/forms/RequestForm';
import { REQUESTS } from '../../shared/contracts/requests';
import type { FormProps } from '../../shared/forms/IntakeForm';
import type { AppealReceiptData } from '../../shared/forms/AppealReceipt';
import { meterRequestForm, meterRequestInput } from '../../shared/contracts/meter-request';
import StatusLookup from '../../shared/forms/StatusLookup';
import { LOCALES } from '../../shared/locales';
import EstimateForm from '../../shared/forms/EstimateForm';
import { formLinks } from '../../shared/forms/links';
import { formStrings } from '../../shared/forms/text';
import type { TariffPrice } from '../../shared/tariffs/estimate';
import { ESTIMATE_ENDPOINT, ESTIMATE_STRING_PREFIXES } from '../../shared/tariffs/estimate-form';
import { intakeConfig } from '../config';
import { appealReceiptPage, estimatePage, formProps, type PostFormId, formWithErrors, readingReceiptPage, statusPage } from './pages';

/**
 * Forms rendered once: the site's island (rendered to HTML as Astro does, then hydrated) and the CMS's pages for a
 * visitor without JavaScript are the same components. For every form, in every state — empty, with all the errors
 * an empty post gets, with each error alone, with a valid post's values, and the receipt — the markup the CMS sends
 * is the markup the island renders, compared as parsed HTML (attribute case, comments and quoting aside).
 */
type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];

beforeAll(() => {
  process.env.INTAKE_SECRET ??= 'a-test-secret-of-enough-length';
});

/** Parsed and serialized again without comments: React's text separators (<!-- -->) are not markup. */
function normalized(html: string): string {
  const fragment = parseFragment(html);
  const strip = (node: Node) => {
    if (!('childNodes' in node)) return;
    node.childNodes = node.childNodes.filter((child) => child.nodeName !== '#comment');
    node.childNodes.forEach(strip);
    if ('content' in node && node.content) strip(node.content as Node);
  };
  strip(fragment);
  return serialize(fragment);
}

/** The outer HTML of the first element of a page with this opening tag (a form, a receipt panel). */
function element(html: string, opening: RegExp): string {
  const fragment = parseFragment(html.replace(/^[\s\S]*<main[^>]*>/, '').replace(/<\/main>[\s\S]*$/, ''));
  const find = (node: Node): Node | undefined => {
    if ('tagName' in node && opening.test(`<${node.tagName} ${node.attrs.map((attr) => `${attr.name}="${attr.value}"`).join(' ')}>`)) return node;
    return 'childNodes' in node ? node.childNodes.map(find).find(Boolean) : undefined;
  };
  const found = find(fragment);
  if (!found) throw new Error(`no ${opening} in ${html.slice(0, 200)}`);
  const wrapper = parseFragment('');
  wrapper.childNodes = [found as DefaultTreeAdapterMap['childNode']];
  return normalized(serialize(wrapper));
}

const FORMS = [
  {
    spec: appealForm,
    schema: appealInput,
    Island: AppealForm,
    valid: {
      applicantType: 'individual',
      name: 'Гарипова Әлфия',
      replyChannel: 'email',
      email: 'alfiya@example.org',
      topic: 'billing',
      text: 'Прошу пересчитать начисление.',
      consent: true,
    },
  },
  { spec: readingForm, schema: readingInput, Island: ReadingsForm, valid: { accountNumber: '1234567890', meterZones: 'day-night', readingDay: '1234.5', readingNight: '321' } },
  { spec: statusForm, schema: statusLookupInput, Island: StatusLookup, valid: { number: '2026-000001', code: 'K7QF-M3XP' } },
  {
    spec: meterRequestForm,
    schema: meterRequestInput,
    Island: (props: FormProps<AppealReceiptData>) => <RequestForm {...props} type="meter-work" />,
    valid: {
      meterWork: 'verify',
      premisesAddress: 'Казань, ул. Баумана, 1',
      applicantType: 'legal-entity',
      name: 'ООО «Ромашка»',
      contractNumber: '16-0001',
      phone: '89171234567',
      consent: true,
    },
  },
  {
    spec: REQUESTS['e-bill'].spec,
    schema: REQUESTS['e-bill'].schema,
    Island: (props: FormProps<AppealReceiptData>) => <RequestForm {...props} type="e-bill" />,
    valid: { applicantType: 'individual', name: 'Сафина Алсу', accountNumber: '1234567890', email: 'alsu@example.ru', consent: true },
  },
  {
    spec: REQUESTS['tariff-variant'].spec,
    schema: REQUESTS['tariff-variant'].schema,
    Island: (props: FormProps<AppealReceiptData>) => <RequestForm {...props} type="tariff-variant" />,
    valid: {
      meterZones: 'three-zone',
      tariffVariant: 'three-zone',
      premisesAddress: 'Арча, Тукай урамы, 5',
      applicantType: 'individual',
      name: 'Гарипов Әнвәр',
      accountNumber: '1234567890',
      phone: '89171234567',
      consent: true,
    },
  },
  {
    spec: REQUESTS['tariff-benefit'].spec,
    schema: REQUESTS['tariff-benefit'].schema,
    Island: (props: FormProps<AppealReceiptData>) => <RequestForm {...props} type="tariff-benefit" />,
    valid: { benefit: 'electric-heating', premisesAddress: 'Арча, Тукай урамы, 5', name: 'Гарипов Әнвәр', accountNumber: '1234567890', phone: '89171234567', consent: true },
  },
  {
    spec: REQUESTS.contract.spec,
    schema: REQUESTS.contract.schema,
    Island: (props: FormProps<AppealReceiptData>) => <RequestForm {...props} type="contract" />,
    valid: {
      contractAction: 're-register',
      premisesAddress: 'Казань, ул. Баумана, 1',
      ownedSince: '01.10.2026',
      applicantType: 'legal-entity',
      name: 'ООО «Ромашка»',
      taxId: '7707083893',
      phone: '89171234567',
      consent: true,
    },
  },
] as const;

/** The island as the site renders it, in a state a server round-trip left. */
function islandHtml(spec: FormSpec, Island: (typeof FORMS)[number]['Island'], locale: (typeof LOCALES)[number], initial: object): string {
  const Component = Island as (props: object) => React.JSX.Element;
  return renderToString(<Component {...formProps(spec.id as PostFormId, locale)} initial={initial} />);
}

const FORM = /^<form /;

describe.each(LOCALES)('forms rendered once (%s)', (locale) => {
  for (const { spec, schema, Island, valid } of FORMS) {
    const post = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value === true ? 'on' : String(value)]));
    const empty = check(schema, { locale });
    const allErrors: FieldError[] = empty.ok ? [] : empty.errors;

    it(`${spec.id}: an empty post and every error of it, all at once and each alone, are the island's markup`, () => {
      expect(allErrors.length).toBeGreaterThan(0);
      const states: Array<{ values: Record<string, unknown>; errors: FieldError[] }> = [
        { values: {}, errors: [] },
        { values: {}, errors: allErrors },
        ...allErrors.map((error) => ({ values: post(valid), errors: [error] })),
        { values: post(valid), errors: [] },
      ];
      for (const { values, errors } of states) {
        const cms = element(formWithErrors(spec, locale, values, errors), FORM);
        const island = element(islandHtml(spec, Island, locale, { values: valuesOf(spec, values), errors }), FORM);
        expect(cms).toBe(island);
        // Each message is at its field and in the summary, in the page's language, and the summary is focused on load.
        for (const error of errors) expect(cms).toContain(`id="${spec.id}-${error.field}-error"`);
        if (errors.length) expect(cms).toMatch(/class="error-summary"[^>]*autofocus/);
      }
    });
  }

  it('the receipts and the status are the island’s markup (the CMS page says the receipt’s heading as its <h1>)', () => {
    const appeal = { number: '2026-000042', registeredAt: '2026-12-01T09:30:00.000Z', dueDate: '2026-12-31', accessCode: 'K7QF-M3XP' };
    const reading = { number: '2026-R000042', submittedAt: '2026-12-01T09:30:00.000Z', values: { readingDay: '1234.5', readingNight: '321' } };
    const view: StatusView = { number: '2026-000042', type: 'meter-work', status: 'extended', extendedTo: '2027-01-30' };
    const PANEL = /^<div class="panel receipt-panel"/;
    const withoutHeading = (html: string) => html.replace(/<h2>[^<]*<\/h2>/, '');

    const appealPage = appealReceiptPage(locale, { ...appeal, email: 'alfiya@example.org' });
    expect(element(appealPage, PANEL)).toBe(
      withoutHeading(element(islandHtml(appealForm, AppealForm, locale, { values: { email: 'alfiya@example.org' }, done: { ...appeal, emailSent: true } }), PANEL)),
    );
    expect(appealPage).toContain('alfiya@example.org');
    expect(element(readingReceiptPage(locale, reading), PANEL)).toBe(withoutHeading(element(islandHtml(readingForm, ReadingsForm, locale, { done: reading }), PANEL)));
    expect(element(statusPage(locale, view), PANEL)).toBe(element(islandHtml(statusForm, StatusLookup, locale, { done: view }), PANEL));
  });
});

describe.each(LOCALES)('the estimate page without JavaScript (%s)', (locale) => {
  // A fixture, not real tariffs: 2026 range 1 as published, range 2 made up for the arithmetic.
  const prices: TariffPrice[] = [
    { consumerGroup: 'urban', zone: 'single', rangeFromKwh: 0, rangeToKwh: 3900, priceRub: 5.82, validFrom: '2026-01-01', validTo: '2026-09-30' },
    { consumerGroup: 'urban', zone: 'single', rangeFromKwh: 3900, rangeToKwh: 6000, priceRub: 7, validFrom: '2026-01-01', validTo: '2026-09-30' },
  ];
  const today = '2026-03-10';
  const island = (values?: Record<string, string | boolean>) =>
    renderToString(
      <EstimateForm
        locale={locale}
        strings={formStrings(locale, ESTIMATE_STRING_PREFIXES, {})}
        action={ESTIMATE_ENDPOINT}
        links={formLinks(intakeConfig().siteUrl, locale, 'estimate')}
        prices={prices}
        months={['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09']}
        initialMonth="2026-03"
        initial={values ? { values } : undefined}
      />,
    );
  const RESULT = /^<section class="panel estimate-result"/;

  it('prices a query with the same component the island renders: the result first, by range, to the kopeck', () => {
    const query = { locale, group: 'urban', meterZones: 'single', month: '2026-02', mode: 'volume', kwhSingle: '4 000', website: 'ignored' };
    const page = estimatePage(locale, prices, today, query);
    expect(page.status).toBe(200);
    const { website: _ignored, locale: _locale, ...values } = query;
    expect(element(page.html, RESULT)).toBe(element(island(values), RESULT));
    expect(element(page.html, FORM)).toBe(element(island(values), FORM));
    // 3 900 × 5.82 = 22 698.00 and 100 × 7.00 = 700.00: 23 398.00 in all.
    expect(page.html).toContain('23\u00a0398,00');
    expect(page.html.indexOf('class="panel estimate-result"')).toBeLessThan(page.html.indexOf('<form'));
  });

  it('answers bad input with 422, the errors at their fields and a focused summary, and no result', () => {
    const page = estimatePage(locale, prices, today, {
      locale,
      group: 'urban',
      meterZones: 'single',
      month: '2026-02',
      mode: 'readings',
      previousSingle: '500',
      currentSingle: '-3',
    });
    expect(page.status).toBe(422);
    expect(page.html).toMatch(/<title>(Ошибка|Хата): /);
    expect(page.html).toContain('id="estimate-currentSingle-error"');
    expect(page.html).toMatch(/class="error-summary"[^>]*autofocus/);
    expect(page.html).not.toContain('class="panel estimate-result"');
    expect(estimatePage(locale, prices, today, { locale, group: 'urban', meterZones: 'single', month: '2027-05', kwhSingle: '100' }).html).toContain('id="estimate-month-error"');
  });

  it('shows the bare form, 200, when nothing was asked', () => {
    const page = estimatePage(locale, prices, today, { locale });
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('class="error-summary"');
    expect(element(page.html, FORM)).toBe(element(island(), FORM));
  });
});

/** The values a form component holds for a post: checkboxes as booleans. */
function valuesOf(spec: FormSpec, posted: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(posted).map(([name, value]) => {
      const field = spec.sections.flatMap((section) => section.fields).find((candidate) => candidate.name === name);
      return [name, field?.kind === 'checkbox' ? value === 'on' || value === true : String(value)];
    }),
  );
}
