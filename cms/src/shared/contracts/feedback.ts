import * as z from 'zod/mini';
import { honeypot, locale, optional, text } from './fields';
import type { FormSpec } from './form-spec';

/**
 * What visitors think (section X of the standard, clauses 83–87), asked without personal data: «Была ли страница
 * полезной?» under every page (yes or no, and an optional short comment), and, after an answer, a one-question
 * satisfaction form (a score of 1 to 5 and an optional comment) reached by the signed link of the answer's e-mail.
 * Markup and control characters are refused as in every form; no name, address or contact is asked.
 */
export const FEEDBACK_COMMENT_MAX = 500;
export const SATISFACTION_COMMENT_MAX = 1000;

/** A page of the site: its path under a language, as the site's pages write it. */
export const PAGE_PATH = /^\/(ru|tt)\/(?:[a-z0-9-]+\/)*$/;

export const pageFeedbackInput = z.strictObject(
  {
    locale,
    /** The page the answer is about */
    path: text({ required: 'form.error.format', invalid: 'form.error.format', max: 300, pattern: PAGE_PATH }),
    /** Its title, as the page showed it (for the editors' list) */
    title: text({ required: 'form.error.format', max: 300 }),
    /** Was it useful */
    helpful: z.enum(['yes', 'no'], { error: 'feedback.error.helpful.required' }),
    comment: optional(text({ required: 'feedback.error.comment.tooLong', tooLong: 'feedback.error.comment.tooLong', max: FEEDBACK_COMMENT_MAX, multiline: true })),
    website: honeypot,
  },
  { error: 'form.error.format' },
);

export type PageFeedbackInput = z.output<typeof pageFeedbackInput>;

export const SCORES = ['1', '2', '3', '4', '5'] as const;

export const satisfactionInput = z.strictObject(
  {
    locale,
    /** 1 (very bad) to 5 (very good) */
    score: z.enum(SCORES, { error: 'satisfaction.error.score.required' }),
    comment: optional(text({ required: 'satisfaction.error.comment.tooLong', tooLong: 'satisfaction.error.comment.tooLong', max: SATISFACTION_COMMENT_MAX, multiline: true })),
    website: honeypot,
  },
  { error: 'form.error.format' },
);

export type SatisfactionInput = z.output<typeof satisfactionInput>;

/** The satisfaction form, rendered by the CMS for the link of the answer's e-mail (it works without JavaScript). */
export const satisfactionForm: FormSpec = {
  id: 'satisfaction',
  endpoint: '/api/intake/satisfaction',
  sections: [
    {
      name: 'rating',
      heading: false,
      fields: [
        { name: 'score', kind: 'radios', options: SCORES },
        { name: 'comment', kind: 'textarea', optional: true, hint: true },
      ],
    },
  ],
};
