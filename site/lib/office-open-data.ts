import { toCsv } from '../../cms/src/shared/csv.ts';

/**
 * The office list as open data, built at build time into /<lang>/offices.json and /<lang>/offices.csv. Field
 * names are stable English identifiers (the same in both languages, so a program reads either file); values are
 * in the file's language. Hours stay in the OpenStreetMap opening_hours syntax — the format maps and apps read.
 */
export interface OpenDataOffice {
  id: string;
  name: string;
  kind: string;
  kind_label: string;
  municipality: string;
  /** The municipality's URL slug, the same in both files: join on it. */
  municipality_id: string;
  address: string;
  latitude: number;
  longitude: number;
  phones: string[];
  email: string | null;
  opening_hours: string;
  hours_checked_on: string;
  serves_individuals: boolean;
  serves_legal_entities: boolean;
  cash_desk: boolean;
  commission_free_payment: boolean;
  electronic_queue: boolean;
  contract_applications: boolean;
  meter_readings: boolean;
  language_russian: boolean;
  language_tatar: boolean;
  accessibility: string | null;
  priority_service: string;
  url: string;
  updated_at: string;
  is_example: boolean;
}

export interface OpenDataFile {
  publisher: string;
  language: string;
  /** The page that describes the data. */
  source: string;
  /** The latest change of any office. */
  updated: string | undefined;
  offices: OpenDataOffice[];
}

export function officesJson(file: OpenDataFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

const COLUMNS: Array<keyof OpenDataOffice> = [
  'id',
  'name',
  'kind',
  'kind_label',
  'municipality',
  'municipality_id',
  'address',
  'latitude',
  'longitude',
  'phones',
  'email',
  'opening_hours',
  'hours_checked_on',
  'serves_individuals',
  'serves_legal_entities',
  'cash_desk',
  'commission_free_payment',
  'electronic_queue',
  'contract_applications',
  'meter_readings',
  'language_russian',
  'language_tatar',
  'accessibility',
  'priority_service',
  'url',
  'updated_at',
  'is_example',
];

/** Several phones go in one field, separated by "; ". */
export function officesCsv(offices: readonly OpenDataOffice[]): string {
  return toCsv(COLUMNS, offices);
}
