import type { Core } from '@strapi/strapi';
import type { PageFeedbackInput, SatisfactionInput } from '../shared/contracts/feedback';
import { intakeConfig } from './config';
import { APPEAL_UID } from './register';
import { open, seal } from './receipt-token';

/**
 * What visitors think, stored without personal data (issue 14): a page's «полезна ли» answer, and an answer's score
 * through the signed link of its e-mail — once per appeal (the record's appeal number is unique, so two posts at
 * once cannot both count).
 */
export const PAGE_FEEDBACK_UID = 'api::page-feedback.page-feedback';
export const SATISFACTION_UID = 'api::satisfaction.satisfaction';

export async function registerPageFeedback(strapi: Core.Strapi, input: PageFeedbackInput): Promise<void> {
  await strapi.db.query(PAGE_FEEDBACK_UID).create({
    data: {
      path: input.path,
      pageTitle: input.title,
      language: input.locale,
      helpful: input.helpful === 'yes',
      comment: input.comment ?? null,
      submittedAt: new Date().toISOString(),
    },
  });
}

/** The satisfaction form's address for an answered appeal, for its e-mail: a sealed token naming it. */
export function satisfactionLink(number: string): string {
  const { publicUrl, secret } = intakeConfig();
  return `${publicUrl}/api/intake/satisfaction/${seal('satisfaction', { n: number }, secret)}`;
}

export type SatisfactionTarget = { kind: 'invalid' } | { kind: 'rated'; number: string } | { kind: 'open'; number: string; requestType: string; topic: string };

/** What a satisfaction token names: nothing (forged, expired), an appeal already rated, or one to rate. */
export async function satisfactionTarget(strapi: Core.Strapi, token: string): Promise<SatisfactionTarget> {
  const payload = open<{ n?: unknown }>('satisfaction', token, intakeConfig().secret);
  if (!payload || typeof payload.n !== 'string') return { kind: 'invalid' };
  const appeal = (await strapi.db.query(APPEAL_UID).findOne({ where: { number: payload.n }, select: ['number', 'requestType', 'topic', 'appealStatus'] })) as {
    number: string;
    requestType: string | null;
    topic: string;
    appealStatus: string;
  } | null;
  if (!appeal || appeal.appealStatus !== 'answered') return { kind: 'invalid' };
  if (await strapi.db.query(SATISFACTION_UID).findOne({ where: { appealNumber: appeal.number }, select: ['id'] })) return { kind: 'rated', number: appeal.number };
  return { kind: 'open', number: appeal.number, requestType: appeal.requestType ?? 'appeal', topic: appeal.topic };
}

/** Stores the score; false when the appeal was rated meanwhile (the unique number refused the second). */
export async function registerSatisfaction(strapi: Core.Strapi, target: Extract<SatisfactionTarget, { kind: 'open' }>, input: SatisfactionInput): Promise<boolean> {
  try {
    await strapi.db.query(SATISFACTION_UID).create({
      data: {
        appealNumber: target.number,
        requestType: target.requestType,
        topic: target.topic,
        score: Number(input.score),
        comment: input.comment ?? null,
        language: input.locale,
        submittedAt: new Date().toISOString(),
      },
    });
    return true;
  } catch (error) {
    if (await strapi.db.query(SATISFACTION_UID).findOne({ where: { appealNumber: target.number }, select: ['id'] })) return false;
    throw error;
  }
}
