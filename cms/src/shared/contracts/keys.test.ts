import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ru } from '../i18n/ru';
import { appealForm } from './appeal';
import { statusForm } from './appeal-status';
import { fieldsOf, keys, type FormSpec } from './form-spec';
import { readingForm } from './meter-reading';
import { REQUEST_KINDS, REQUESTS } from './requests';
import { ATTACHMENT_PROBLEMS } from './attachments';
import { BENEFIT_DOCUMENTS } from './benefit-request';
import { CONTRACT_DOCUMENTS } from './contract-request';
import { satisfactionForm } from './feedback';
import { municipalityOptionStrings, subscriptionForm } from './subscription';

/** Every key a contract or a form layout can name has a string (and so, by the i18n tests, a Tatar one). */
const known = new Set(Object.keys(ru));

function layoutKeys(spec: FormSpec): string[] {
  return [
    keys.submit(spec),
    ...spec.sections.flatMap((section) => [
      ...(section.heading === false ? [] : [keys.section(spec, section.name)]),
      ...(section.hint ? [keys.sectionHint(spec, section.name)] : []),
    ]),
    ...fieldsOf(spec).flatMap((field) => [
      keys.label(spec, field.name),
      ...(field.hint ? [keys.hint(spec, field.name)] : []),
      ...(field.options ?? []).map((value) => keys.option(spec, field.name, value)),
      ...(field.link ? [field.link.key] : []),
    ]),
  ];
}

describe('message keys', () => {
  it.each([appealForm, readingForm, statusForm, satisfactionForm, subscriptionForm, ...REQUEST_KINDS.map((type) => REQUESTS[type].spec)])(
    'the $id form names only existing strings',
    (spec) => {
      // The municipalities' names are the one list's (municipalityOptionStrings), not strings of their own.
      const generated = new Set(Object.keys(municipalityOptionStrings('ru')));
      expect(layoutKeys(spec).filter((key) => !known.has(key) && !generated.has(key))).toEqual([]);
    },
  );

  it('every error key written in the contracts exists', () => {
    const dir = path.dirname(new URL(import.meta.url).pathname);
    const sources = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    const used = sources.flatMap((file) =>
      [
        ...readFileSync(path.join(dir, file), 'utf8').matchAll(
          /['`]((?:form|appeal|readings|status|meter|request|ebill|tariffvariant|benefit|contract|feedback|satisfaction|subscribe)\.error\.[\w.${}-]+)['`]/g,
        ),
      ].map((match) => match[1]!),
    );
    // Template keys expand over their fields: `readings.error.${field}.invalid` over the readings, the requests'
    // contact rule (`request.error.${field}.required`) over the contacts it is given.
    const expanded = used.flatMap((key) =>
      key.includes('${problem}')
        ? ATTACHMENT_PROBLEMS.map((problem) => key.replace('${problem}', problem))
        : key.includes('${field}')
          ? (key.startsWith('request.') ? ['phone', 'email'] : ['reading', 'readingDay', 'readingPeak', 'readingNight', 'readingSemiPeak']).map((field) =>
              key.replace('${field}', field),
            )
          : [key],
    );
    expect(expanded.length).toBeGreaterThan(30);
    expect(expanded.filter((key) => !known.has(key))).toEqual([]);
  });

  it('every document of the benefit and contract checklists has a string', () => {
    const contract = Object.values(CONTRACT_DOCUMENTS).flatMap(({ required, ifAny }) => [...required, ...ifAny]);
    expect(contract.length).toBe(12);
    expect([...Object.values(BENEFIT_DOCUMENTS).flat(), ...contract].filter((key) => !known.has(key))).toEqual([]);
  });
});
