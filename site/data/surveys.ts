import type { Locale } from '../schemas/common.ts';
import { LOCALES } from '../schemas/common.ts';
import { entriesOf, type Entry } from './entries.ts';

/**
 * The published surveys of one language, the newest year first. Their results are localized (the questions'
 * wording), so the build checks that both languages give the same scores, groups and scales in the same order: a
 * survey whose Tatar figures differ from its Russian ones stops the build, naming it.
 */
export async function surveysOf(locale: Locale): Promise<Array<Entry<'surveys'>>> {
  const mine = await entriesOf('surveys', locale);
  const others = await Promise.all(LOCALES.filter((other) => other !== locale).map((other) => entriesOf('surveys', other)));
  const figures = (survey: Entry<'surveys'>) => JSON.stringify(survey.results.map(({ group, score, scaleMax }) => [group, score, scaleMax]));
  for (const survey of mine) {
    for (const twins of others) {
      const twin = twins.find((candidate) => candidate.slug === survey.slug);
      if (twin && figures(twin) !== figures(survey)) {
        throw new Error(`Survey "${survey.slug}": the results differ between ${locale} and ${twin.locale} (scores, groups and scales must be the same in the same order).`);
      }
    }
  }
  return [...mine].sort((a, b) => b.year - a.year);
}
