import * as z from 'zod/mini';
import { MUNICIPALITIES, MUNICIPALITY_SLUGS } from '../municipalities';
import type { Locale } from '../locales';
import { EMAIL_PATTERN, honeypot, locale, optional, text } from './fields';
import type { FormSpec } from './form-spec';

/**
 * The subscription to supply notices by e-mail (issue 15): a municipality, optionally one street of it, and the
 * address — confirmed by a link sent there (double opt-in) before any notice goes. The consent to processing the
 * address (152-FZ) is asked as on every form.
 */
export const subscriptionInput = z.strictObject(
  {
    locale,
    email: text({ required: 'subscribe.error.email.required', invalid: 'subscribe.error.email.invalid', max: 254, pattern: EMAIL_PATTERN }),
    /** The municipality's slug (cms/src/shared/municipalities.ts) */
    municipality: z.enum(MUNICIPALITY_SLUGS as [string, ...string[]], { error: 'subscribe.error.municipality.required' }),
    /** Optional: only the notices that name this street */
    street: optional(text({ required: 'subscribe.error.street.tooLong', tooLong: 'subscribe.error.street.tooLong', max: 200 })),
    consent: z.literal(true, { error: 'appeal.error.consent.required' }),
    website: honeypot,
  },
  { error: 'form.error.format' },
);

export type SubscriptionInput = z.output<typeof subscriptionInput>;

/** The form; on a municipality's page the municipality is chosen already (`initial`). */
export const subscriptionForm: FormSpec = {
  id: 'subscribe',
  endpoint: '/api/intake/outage-subscriptions',
  shares: ['appeal'],
  sections: [
    {
      name: 'subscription',
      heading: false,
      fields: [
        { name: 'email', kind: 'email', autocomplete: 'email', hint: true },
        { name: 'municipality', kind: 'select', options: MUNICIPALITY_SLUGS },
        { name: 'street', kind: 'text', optional: true, hint: true },
        { name: 'consent', kind: 'checkbox', from: 'appeal', link: { key: 'appeal.field.consent.policy', path: '/{locale}/info/personal-data/' } },
      ],
    },
  ],
};

/** The municipalities' names as the form's options (`subscribe.field.municipality.option.<slug>`), from the one list. */
export const municipalityOptionStrings = (language: Locale): Record<string, string> =>
  Object.fromEntries(MUNICIPALITIES.map((municipality) => [`subscribe.field.municipality.option.${municipality.slug}`, municipality[language]]));
