import type { FormLocale } from '../shared/contracts/fields';
import type { RequestType } from '../shared/contracts/appeal-status';
import { REQUESTS } from '../shared/contracts/requests';
import { formatDate, type DateCase } from '../shared/format';
import { formLinks } from '../shared/forms/links';
import { intakeConfig } from './config';
import { t } from './i18n';
import type { NoticeEvent } from './outbox/store';
import { layoutMessage, type Block, type RenderedMessage } from './mail-layout';

/**
 * What a visitor is told at each step of their appeal or request, in the language they wrote in (clauses 13 а, 73,
 * 75): registered (number, dates, access code), taken into work (the due date), extended (the new date and the
 * reason: the clause-75 notice), answered (the answer itself when it goes by e-mail; otherwise when and how it went),
 * closed without an answer (the clause-77/78 ground in plain words). Each as plain text and as accessible HTML (a
 * language, a title, paragraphs, a table with row headers), rendered here and sent through the outbox.
 */
export interface NoticeFacts {
  number: string;
  requestType: RequestType;
  locale: FormLocale;
  registeredAt?: string;
  /** The due date in force: the first, or the extended one. */
  dueDate?: string;
  accessCode?: string;
  extensionReason?: string;
  answer?: string;
  answerChannel?: string;
  answeredAt?: string;
  closedReason?: string;
  /** The answer's satisfaction form (a sealed link, ./feedback.ts). */
  satisfactionUrl?: string;
}

export type RenderedNotice = RenderedMessage;

/** An appeal is «обращение», every typed request «заявка»: their strings differ in gender and form. */
const nounOf = (type: RequestType) => (type === 'appeal' ? 'appeal' : 'request');

/** After an answer: one question, how good it was (section X of the standard), by the sealed link. */
const rate = (facts: NoticeFacts): Block[] => (facts.satisfactionUrl ? [{ kind: 'p', text: t(facts.locale, 'notice.answered.rate', { url: facts.satisfactionUrl }) }] : []);

function compose(facts: NoticeFacts, event: NoticeEvent): { subject: string; blocks: Block[] } {
  const { locale, number } = facts;
  const noun = nounOf(facts.requestType);
  const date = (value: string | undefined, dateCase: DateCase = 'nominative') => (value ? formatDate(locale, value, dateCase) : '');
  switch (event) {
    case 'registered': {
      const form = facts.requestType === 'appeal' ? 'appeal' : REQUESTS[facts.requestType].spec.id;
      return {
        subject: t(locale, `${noun}.email.subject`, { number }),
        blocks: [
          { kind: 'p', text: t(locale, `${form}.email.body`) },
          {
            kind: 'rows',
            rows: [
              [t(locale, 'appeal.done.number'), number],
              [t(locale, 'appeal.done.date'), date(facts.registeredAt)],
              [t(locale, 'appeal.done.due'), date(facts.dueDate)],
              [t(locale, 'appeal.done.code'), facts.accessCode ?? ''],
            ],
          },
          { kind: 'p', text: t(locale, 'appeal.done.keep') },
        ],
      };
    }
    case 'taken':
      return {
        subject: t(locale, `notice.${noun}.taken.subject`, { number }),
        blocks: [{ kind: 'p', text: t(locale, `notice.${noun}.taken.body`, { number, date: date(facts.dueDate, 'dative') }) }],
      };
    case 'extended':
      return {
        subject: t(locale, `notice.${noun}.extended.subject`, { number, date: date(facts.dueDate, 'dative') }),
        blocks: [
          { kind: 'p', text: t(locale, `notice.${noun}.extended.body`, { number, date: date(facts.dueDate, 'dative') }) },
          { kind: 'quote', text: facts.extensionReason ?? '' },
        ],
      };
    case 'answered':
      // Clause 73: the answer goes by the channel chosen; by e-mail, this message is the answer.
      return facts.answerChannel === 'email'
        ? {
            subject: t(locale, `notice.${noun}.answered.subject`, { number }),
            blocks: [
              { kind: 'p', text: t(locale, `notice.${noun}.answered.body`, { number, date: date(facts.answeredAt) }) },
              { kind: 'quote', text: facts.answer ?? '' },
              { kind: 'p', text: t(locale, 'notice.answered.more', { url: formLinks(intakeConfig().siteUrl, locale, 'appeal').form }) },
              ...rate(facts),
            ],
          }
        : {
            subject: t(locale, `notice.${noun}.answered.subject`, { number }),
            blocks: [
              {
                kind: 'p',
                text: t(locale, `notice.${noun}.answeredBy.body`, {
                  number,
                  date: date(facts.answeredAt, 'locative'),
                  channel: t(locale, `notice.channel.${facts.answerChannel}`),
                }),
              },
              ...rate(facts),
            ],
          };
    case 'closed':
      return {
        subject: t(locale, `notice.${noun}.closed.subject`, { number }),
        blocks: [
          { kind: 'p', text: t(locale, `notice.${noun}.closed.body`, { number }) },
          { kind: 'p', text: t(locale, `notice.closed.${facts.closedReason}`) },
        ],
      };
  }
}

export function renderNotice(event: NoticeEvent, facts: NoticeFacts): RenderedNotice {
  const { subject, blocks } = compose(facts, event);
  const status = formLinks(intakeConfig().siteUrl, facts.locale, 'appeal').status;
  return layoutMessage(facts.locale, subject, blocks, [
    { text: t(facts.locale, 'appeal.email.status', { url: status }), href: status, label: t(facts.locale, 'appeal.done.status') },
  ]);
}
