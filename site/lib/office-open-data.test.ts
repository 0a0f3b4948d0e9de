import { describe, expect, it } from 'vitest';
import { officesCsv, officesJson, type OpenDataOffice } from './office-open-data.ts';

const office: OpenDataOffice = {
  id: 'kazan-central',
  name: 'Офис «Казань — Центральный», пример',
  kind: 'oko',
  kind_label: 'Офис клиентского обслуживания',
  municipality: 'Казань',
  municipality_id: 'kazan',
  address: 'г. Казань, ул. Примерная, д. 1',
  latitude: 55.7961,
  longitude: 49.1064,
  phones: ['+7 (800) 200-25-26', '+7 (843) 000-00-00'],
  email: null,
  opening_hours: 'Mo-Fr 08:00-19:00; Sa 09:00-14:00; PH off',
  hours_checked_on: '2026-11-27',
  serves_individuals: true,
  serves_legal_entities: true,
  cash_desk: true,
  commission_free_payment: true,
  electronic_queue: true,
  contract_applications: true,
  meter_readings: true,
  language_russian: true,
  language_tatar: true,
  accessibility: 'Вход без ступеней, "кнопка" вызова',
  priority_service: 'Вне очереди',
  url: 'https://example.test/ru/offices/kazan-central/',
  updated_at: '2026-11-27T10:00:00.000Z',
  is_example: true,
};

describe('open data', () => {
  it('writes CSV that spreadsheets and parsers read: BOM, header, quoted fields, CRLF', () => {
    const csv = officesCsv([office]);
    expect(csv.startsWith('\uFEFFid,name,kind,')).toBe(true);
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toContain('"Офис «Казань — Центральный», пример"');
    expect(row).toContain(',+7 (800) 200-25-26; +7 (843) 000-00-00,');
    expect(row).toContain('"Вход без ступеней, ""кнопка"" вызова"');
    expect(row).toContain(',Mo-Fr 08:00-19:00; Sa 09:00-14:00; PH off,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes JSON with the same fields', () => {
    const json = JSON.parse(
      officesJson({ publisher: 'АО «Татэнергосбыт»', language: 'ru', source: 'https://example.test/ru/offices/', updated: office.updated_at, offices: [office] }),
    );
    expect(json.offices[0]).toEqual(office);
  });
});
