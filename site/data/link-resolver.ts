import { getCollection } from 'astro:content';
import { pathTo } from '../lib/routes.ts';
import type { Locale } from '../schemas/common.ts';

/**
 * Authors cite things by short, stable addresses: a clause of the standard as "/ru/standard/#p-75", a question
 * as "/ru/faq/#readings-sms". The site publishes the standard a section per page and the FAQ a topic per page
 * (to keep every page within the weight budget), so links are resolved here to where the item actually is.
 */
let maps: Promise<{ clauses: Map<string, string>; questions: Map<string, string> }> | undefined;

function readMaps() {
  maps ??= (async () => {
    const clauses = new Map<string, string>();
    for (const { data } of await getCollection('standardSections')) {
      const section = data as { slug: string; clauses: Array<{ number: string }> };
      for (const clause of section.clauses) clauses.set(clause.number, section.slug);
    }
    const questions = new Map<string, string>();
    for (const { data } of await getCollection('faqItems')) {
      const item = data as { slug: string; topic: string };
      questions.set(item.slug, item.topic);
    }
    return { clauses, questions };
  })();
  return maps;
}

/** Where each clause and each question lives: what a page's resolved links depend on (data/cache-keys.ts). */
export async function linkTable(): Promise<{ clauses: Array<[string, string]>; questions: Array<[string, string]> }> {
  const { clauses, questions } = await readMaps();
  return { clauses: [...clauses].sort(), questions: [...questions].sort() };
}

export type LinkResolver = (href: string) => string | undefined;

/** Resolves a short address to the page that holds the item, or undefined to leave the link as written. */
export async function linkResolver(): Promise<LinkResolver> {
  const { clauses, questions } = await readMaps();
  return (href) => {
    const clause = /^\/(ru|tt)\/standard\/#p-(\d+(?:\.\d+)?)$/.exec(href);
    if (clause) {
      const section = clauses.get(clause[2]!);
      return section ? `${pathTo(clause[1] as Locale, 'standard', section)}#p-${clause[2]}` : undefined;
    }
    const question = /^\/(ru|tt)\/faq\/#([a-z0-9-]+)$/.exec(href);
    if (question) {
      const topic = questions.get(question[2]!);
      return topic ? `${pathTo(question[1] as Locale, 'faq', topic)}#${question[2]}` : undefined;
    }
    return undefined;
  };
}
