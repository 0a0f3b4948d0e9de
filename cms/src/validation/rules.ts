import { parseOpeningHours } from '../shared/opening-hours';
import { METER_TARIFF_ZONES } from '../shared/tariffs/estimate';
import { MUNICIPALITY_SLUGS } from '../shared/municipalities';

/**
 * Checks made when an editor saves, with messages that say how to fix the value. Strapi's own schema checks
 * (required, regex, min) still run; these add what a schema cannot say, in the editors' language.
 */
export interface FieldProblem {
  path: string[];
  message: string;
}

type Data = Record<string, unknown>;
type Rule = (data: Data) => FieldProblem[];

const PHONE = /^\+7 \(\d{3,4}\) \d{2,3}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

function phones(data: Data): FieldProblem[] {
  const list = Array.isArray(data.phones) ? (data.phones as Array<{ number?: unknown }>) : [];
  return list.flatMap((phone, index) =>
    present(phone.number) && !PHONE.test(String(phone.number))
      ? [{ path: ['phones', String(index), 'number'], message: `Телефон «${String(phone.number)}» записан не так: нужен формат +7 (843) 000-00-00.` }]
      : [],
  );
}

function email(field: string): Rule {
  return (data) =>
    present(data[field]) && !EMAIL.test(String(data[field]))
      ? [{ path: [field], message: `Адрес «${String(data[field])}» не похож на электронную почту: нужен вид name@example.ru.` }]
      : [];
}

function hours(field: string): Rule {
  return (data) => {
    if (!present(data[field])) return [];
    try {
      parseOpeningHours(String(data[field]));
      return [];
    } catch (error) {
      // The library marks the spot with "<---": quote what precedes it, in the editor's words.
      const detail = (error as Error).message.replace(/^Invalid opening_hours "[^"]*": /, '');
      const near = /(\S+)\s*<---/.exec(detail)?.[1];
      return [
        {
          path: [field],
          message:
            `Часы работы не распознаны${near ? `: ошибка около «${near}»` : ''}. ` +
            'Пишите в синтаксисе OpenStreetMap, например: Mo-Fr 08:00-17:00; Mo-Fr 12:00-13:00 off; PH off.',
        },
      ];
    }
  };
}

/** The meters that have each zone (cms/src/shared/tariffs/estimate.ts, METER_TARIFF_ZONES, read the other way). */
const ZONE_METERS: Record<string, string[]> = Object.entries(METER_TARIFF_ZONES).reduce<Record<string, string[]>>((byZone, [meter, zones]) => {
  for (const zone of zones) (byZone[zone] ??= []).push(meter);
  return byZone;
}, {});

const tariff: Rule = (data) => {
  const problems: FieldProblem[] = [];
  if (present(data.priceRub) && !(Number(data.priceRub) > 0)) {
    problems.push({ path: ['priceRub'], message: 'Цена должна быть больше нуля: рубли за 1 кВт·ч с НДС, например 5.82.' });
  }
  if (present(data.validFrom) && present(data.validTo) && String(data.validTo) < String(data.validFrom)) {
    problems.push({ path: ['validTo'], message: 'Дата окончания раньше даты начала: проверьте период действия тарифа.' });
  }
  if (present(data.rangeFromKwh) && present(data.rangeToKwh) && Number(data.rangeToKwh) <= Number(data.rangeFromKwh)) {
    problems.push({ path: ['rangeToKwh'], message: 'Конец диапазона должен быть больше начала (кВт·ч в месяц).' });
  }
  // The meter and the zone must agree: the estimate and the tables find a price by both.
  const meters = present(data.zone) ? ZONE_METERS[String(data.zone)] : undefined;
  if (meters && present(data.meterZones) && !meters.includes(String(data.meterZones))) {
    problems.push({ path: ['meterZones'], message: `У такого счётчика нет зоны «${String(data.zone)}»: выберите ${meters.join(' или ')}.` });
  }
  if (data.zone === 'night' && !present(data.meterZones)) {
    problems.push({ path: ['meterZones'], message: 'Ночная зона есть у двух- и трёхтарифного счётчика: укажите, для какого эта цена (day-night или three-zone).' });
  }
  if (present(data.actNumber) !== present(data.actDate)) {
    problems.push({
      path: [present(data.actNumber) ? 'actDate' : 'actNumber'],
      message: 'Постановление указывается номером и датой вместе: заполните оба поля или оставьте оба пустыми.',
    });
  }
  return problems;
};

/** A notice's place exists and its times follow each other (issue 15). */
const supplyNotice: Rule = (data) => {
  const problems: FieldProblem[] = [];
  if (present(data.municipality) && !MUNICIPALITY_SLUGS.includes(String(data.municipality))) {
    problems.push({ path: ['municipality'], message: `Района «${String(data.municipality)}» нет в списке: напишите адрес его страницы, напр. kazan или almetyevsk.` });
  }
  const time = (field: string) => (present(data[field]) ? Date.parse(String(data[field])) : NaN);
  if (time('restoreBy') <= time('startsAt')) {
    problems.push({ path: ['restoreBy'], message: 'Плановое восстановление должно быть позже начала отключения.' });
  }
  if (time('restoredAt') < time('startsAt')) {
    problems.push({ path: ['restoredAt'], message: 'Электроснабжение не может быть восстановлено раньше начала отключения.' });
  }
  if (present(data.gridPhone) && !PHONE.test(String(data.gridPhone))) {
    problems.push({ path: ['gridPhone'], message: `Телефон «${String(data.gridPhone)}» записан не так: нужен формат +7 (843) 000-00-00.` });
  }
  return problems;
};

/** The rules of each content type. */
export const RULES: Record<string, Rule[]> = {
  'api::office.office': [hours('openingHours'), phones, email('email')],
  'api::company.company': [hours('contactCentreHours'), email('email')],
  'api::tariff.tariff': [tariff],
  'api::supply-notice.supply-notice': [supplyNotice],
};

export function check(uid: string, data: Data | undefined): FieldProblem[] {
  if (!data) return [];
  return (RULES[uid] ?? []).flatMap((rule) => rule(data));
}
