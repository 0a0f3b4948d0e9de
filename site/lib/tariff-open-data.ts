import { meterOf, rangeOf, type TariffPrice } from '../../cms/src/shared/tariffs/estimate.ts';
import { formatDate, t } from '../i18n/index.ts';
import type { Locale } from '../schemas/common.ts';
import { toCsv } from '../../cms/src/shared/csv.ts';

/**
 * The household tariffs as open data, built into /<lang>/tariffs.json and /<lang>/tariffs.csv: one row per price,
 * stable English field names (the same in both languages), values in the file's language. A price whose act is not
 * confirmed says so (`act` null), and the file's `notes` say what is still missing — open data never pretends.
 */
export interface OpenDataTariff {
  id: string;
  valid_from: string;
  /** The last day; null while no end is set. */
  valid_to: string | null;
  consumer_group: string;
  consumer_group_label: string;
  /** single, day-night or three-zone. */
  meter: string | null;
  zone: string;
  /** 1–3 from 2026 (monthly volume ranges); null before. */
  range: number | null;
  range_from_kwh: number | null;
  range_to_kwh: number | null;
  /** Roubles per kWh, VAT included; null: not confirmed. */
  price_rub_with_vat: number | null;
  /** The regulator's act (ГК РТ по тарифам decree) in words, in the file's language; null: not confirmed yet. */
  act: string | null;
  act_number: string | null;
  act_date: string | null;
  /** Where the price was published. */
  source: string;
  note: string | null;
  is_example: boolean;
}

export interface TariffEntry extends TariffPrice {
  slug: string;
  title: string;
  actNumber?: string | null | undefined;
  actDate?: string | null | undefined;
  note?: string | null | undefined;
  source: string;
  isExample: boolean;
}

/** The act that set a price, as the tariffs page and the open data name it; null while it is not confirmed. */
export const actOf = (locale: Locale, tariff: Pick<TariffEntry, 'actNumber' | 'actDate'>): string | null =>
  tariff.actNumber && tariff.actDate ? t(locale, 'tariffs.act', { number: tariff.actNumber, date: formatDate(locale, tariff.actDate) }) : null;

export function tariffRecords(tariffs: readonly TariffEntry[], locale: Locale): OpenDataTariff[] {
  return tariffs
    .map((tariff) => ({
      id: tariff.slug,
      valid_from: tariff.validFrom,
      valid_to: tariff.validTo ?? null,
      consumer_group: tariff.consumerGroup,
      consumer_group_label: tariff.title,
      meter: meterOf(tariff),
      zone: tariff.zone,
      range: tariff.rangeFromKwh == null && tariff.rangeToKwh == null ? null : rangeOf(tariff),
      range_from_kwh: tariff.rangeFromKwh ?? null,
      range_to_kwh: tariff.rangeToKwh ?? null,
      price_rub_with_vat: tariff.priceRub,
      act: actOf(locale, tariff),
      act_number: tariff.actNumber ?? null,
      act_date: tariff.actDate ?? null,
      source: tariff.source,
      note: tariff.note ?? null,
      is_example: tariff.isExample,
    }))
    .sort((a, b) => b.valid_from.localeCompare(a.valid_from) || a.id.localeCompare(b.id));
}

export interface TariffDataFile {
  publisher: string;
  language: string;
  source: string;
  updated: string | undefined;
  /** What the data does not hold yet, in the file's language. */
  notes: string;
  tariffs: OpenDataTariff[];
}

export const tariffsJson = (file: TariffDataFile): string => `${JSON.stringify(file, null, 2)}\n`;

const COLUMNS = [
  'id',
  'valid_from',
  'valid_to',
  'consumer_group',
  'consumer_group_label',
  'meter',
  'zone',
  'range',
  'range_from_kwh',
  'range_to_kwh',
  'price_rub_with_vat',
  'act',
  'act_number',
  'act_date',
  'source',
  'note',
  'is_example',
] as const satisfies ReadonlyArray<keyof OpenDataTariff>;

export const tariffsCsv = (records: readonly OpenDataTariff[]): string => toCsv(COLUMNS, records);
