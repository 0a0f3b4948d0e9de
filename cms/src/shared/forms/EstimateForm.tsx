import { useMemo, useRef, useState } from 'react';
import { inFieldOrder, startValues } from './values';
import { formatMonth, formatNumber } from '../format';
import { estimateOf, type Estimate, type EstimateLine, type TariffPrice } from '../tariffs/estimate';
import { estimateForm, monthStrings } from '../tariffs/estimate-form';
import { useAttemptFocus, useHydrated } from './attempt';
import { ErrorSummary } from './ErrorSummary';
import { FormFields, type Values } from './FormFields';
import type { FormLinks } from './links';
import { formatDate, tr, type Locale, type Strings } from './text';

/**
 * «Рассчитать начисление» (/<locale>/tariffs/estimate/): a month's bill estimated from the published tariffs. With
 * JavaScript it prices in the browser, at once, from the prices the page carries; without it the form is a GET to
 * the CMS, which prices the same values with the same module (../tariffs/estimate.ts) and answers with this same
 * component, submitted. The result comes first, then the form to change it.
 */
export interface EstimateProps {
  locale: Locale;
  /** The estimate's strings (ESTIMATE_STRING_PREFIXES) in the page's language. */
  strings: Strings;
  /** The CMS's estimate page, where the form goes without JavaScript. */
  action: string;
  links: FormLinks;
  /** The published prices, as tariffPrice() keeps them. */
  prices: TariffPrice[];
  /** The months that can be priced, oldest first, and the one the form starts with. */
  months: string[];
  initialMonth: string;
  /** A submitted form (the CMS's page): its values, priced on render. */
  initial?: { values: Values } | undefined;
}

const money = (kopecks: number) => formatNumber(kopecks / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const rubles = (price: number) => formatNumber(price, { minimumFractionDigits: 2, maximumFractionDigits: 4 });
const kwh = (value: number) => formatNumber(value);

export default function EstimateForm({ locale, strings: own, action, links, prices, months, initialMonth, initial }: EstimateProps) {
  const spec = useMemo(() => estimateForm(months, initialMonth), [months, initialMonth]);
  const strings = useMemo(() => ({ ...own, ...monthStrings(locale, months) }), [own, locale, months]);
  const [values, setValues] = useState<Values>(() => startValues(spec, initial?.values));
  const [outcome, setOutcome] = useState(() => (initial ? estimateOf(prices, initial.values) : null));
  // The month of the result shown (the values may have changed since).
  const [month, setMonth] = useState(() => String(initial?.values.month ?? ''));
  const [attempt, setAttempt] = useState(0);
  const hydrated = useHydrated();
  const summary = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLHeadingElement>(null);
  const errors = outcome && !outcome.ok ? inFieldOrder(spec, outcome.errors) : [];
  useAttemptFocus(attempt, errors.length, strings, summary, result);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(estimateOf(prices, values));
    setMonth(String(values.month));
    setAttempt((count) => count + 1);
  }

  return (
    <>
      {outcome?.ok && <EstimateResult locale={locale} strings={strings} estimate={outcome.estimate} month={month} headingRef={result} />}
      <form className="intake-form" id={`${spec.id}-form`} method="get" action={action} noValidate onSubmit={onSubmit} data-hydrated={hydrated || undefined}>
        {/* Errors the CMS found are in the first HTML: the summary is focused on load. */}
        {errors.length > 0 && <ErrorSummary summaryRef={summary} spec={spec} strings={strings} errors={errors} autoFocus={attempt === 0} />}
        <FormFields
          spec={spec}
          locale={locale}
          strings={strings}
          site={links.site}
          values={values}
          errors={errors}
          onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
        />
        <button type="submit">{tr(strings, 'estimate.submit')}</button>
      </form>
    </>
  );
}

interface ResultProps {
  locale: Locale;
  strings: Strings;
  estimate: Estimate;
  month: string;
  headingRef?: React.Ref<HTMLHeadingElement>;
}

/** The estimate: a table of lines by zone and range with the total, the period's tariffs, the rules in words. */
export function EstimateResult({ locale, strings, estimate, month, headingRef }: ResultProps) {
  const { bounds } = estimate;
  const range = (line: EstimateLine) =>
    line.range === null
      ? tr(strings, 'estimate.result.range.none')
      : bounds.length === 0
        ? tr(strings, 'estimate.result.range.all')
        : line.range === 3
          ? tr(strings, 'tariffs.range.above', { from: kwh(bounds[1]!) })
          : tr(strings, 'tariffs.range.value', { from: kwh(line.range === 1 ? 0 : bounds[0]!), to: kwh(bounds[line.range - 1]!) });
  const period = estimate.validTo
    ? tr(strings, 'tariffs.period.value', { from: formatDate(locale, estimate.validFrom, 'ablative'), to: formatDate(locale, estimate.validTo, 'dative') })
    : tr(strings, 'tariffs.period.open', { from: formatDate(locale, estimate.validFrom, 'ablative') });
  const monthName = formatMonth(locale, month);
  return (
    <section className="panel estimate-result" aria-labelledby="estimate-result-title" data-estimate>
      <h2 id="estimate-result-title" tabIndex={-1} ref={headingRef}>
        {tr(strings, 'estimate.result.title', { month: monthName })}
      </h2>
      <p className="estimate-total">
        {tr(strings, 'estimate.result.total', { amount: money(estimate.totalKopecks) })}
        {estimate.unpricedKwh > 0 && <> {tr(strings, 'estimate.result.unpriced', { kwh: kwh(estimate.unpricedKwh) })}</>}
      </p>
      {/* A table wider than a phone scrolls in its own region, which takes focus so a keyboard can scroll it (as DataTable.astro). */}
      {/* eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex */}
      <div className="table-scroll" role="region" aria-labelledby="estimate-result-caption" tabIndex={0}>
        <table>
          <caption id="estimate-result-caption">{tr(strings, 'estimate.result.caption', { month: monthName, period })}</caption>
          <thead>
            <tr>
              <th scope="col">{tr(strings, 'estimate.result.zone')}</th>
              <th scope="col">{tr(strings, 'tariffs.range')}</th>
              <th scope="col">{tr(strings, 'estimate.result.kwh')}</th>
              <th scope="col">{tr(strings, 'tariffs.price')}</th>
              <th scope="col">{tr(strings, 'estimate.result.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {estimate.lines.map((line) => (
              <tr key={`${line.zone}-${line.range}`} data-line={`${line.zone}-${line.range ?? 0}`}>
                <th scope="row">{tr(strings, `estimate.zone.${line.zone}`)}</th>
                <td>{range(line)}</td>
                <td>{kwh(line.kwh)}</td>
                <td>{line.priceRub === null ? tr(strings, 'estimate.result.unconfirmed') : rubles(line.priceRub)}</td>
                <td>{line.amountKopecks === null ? '—' : money(line.amountKopecks)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{tr(strings, 'estimate.result.sum')}</th>
              <td></td>
              <td>{kwh(estimate.totalKwh)}</td>
              <td></td>
              <td data-total>{money(estimate.totalKopecks)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <h3>{tr(strings, 'estimate.result.how')}</h3>
      <ul>
        {estimate.rules.map((rule) => (
          <li key={rule}>{tr(strings, rule)}</li>
        ))}
      </ul>
    </section>
  );
}
