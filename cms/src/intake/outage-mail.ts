import type { FormLocale } from '../shared/contracts/fields';
import { formatDateTime } from '../shared/format';
import { municipalityOf } from '../shared/municipalities';
import { intakeConfig } from './config';
import { t } from './i18n';
import { layoutMessage, type Block, type RenderedMessage } from './mail-layout';

/**
 * The supply notices' e-mails (issue 15), in the subscriber's language: the subscription's confirmation link, and a
 * notice — where, when, why, who restores supply and their emergency phone, what changed (restored, moved) — with the
 * way to unsubscribe in one click. Times in Moscow time.
 */
const outagesPage = (locale: FormLocale, municipality: string) => `${intakeConfig().siteUrl}/${locale}/outages/${municipality}/`;
const placeOf = (locale: FormLocale, municipality: string, street: string | null) => [municipalityOf(municipality)?.[locale] ?? municipality, street].filter(Boolean).join(', ');

export function renderSubscriptionConfirmation(locale: FormLocale, municipality: string, street: string | null, confirmUrl: string): RenderedMessage {
  const place = placeOf(locale, municipality, street);
  return layoutMessage(
    locale,
    t(locale, 'subscribe.mail.subject'),
    [
      { kind: 'p', text: t(locale, 'subscribe.mail.body', { place }) },
      { kind: 'p', text: t(locale, 'subscribe.mail.ignore') },
    ],
    [{ text: t(locale, 'subscribe.mail.confirm', { url: confirmUrl }), href: confirmUrl, label: t(locale, 'subscribe.confirm.button') }],
  );
}

export interface OutageFacts {
  slug: string;
  title: string;
  kind: string;
  municipality: string;
  settlement: string;
  streets: Array<{ street: string; houses?: string | null }>;
  startsAt: string;
  restoreBy: string;
  restoredAt?: string | null;
  restoreByPrevious?: string | null;
  cause: string;
  gridOrganisation: string;
  gridPhone: string;
}

export function renderOutageNotice(locale: FormLocale, notice: OutageFacts, unsubscribeUrl: string): RenderedMessage {
  const time = (value: string) => `${formatDateTime(locale, value)} ${t(locale, 'outages.msk')}`;
  const state = notice.restoredAt
    ? t(locale, 'outages.restored', { time: time(notice.restoredAt) })
    : notice.restoreByPrevious
      ? t(locale, 'outages.moved', { time: time(notice.restoreBy), previous: time(notice.restoreByPrevious) })
      : t(locale, 'outages.restoreBy', { time: time(notice.restoreBy) });
  const subject = notice.restoredAt
    ? t(locale, 'outages.mail.subject.restored', { title: notice.title })
    : notice.restoreByPrevious
      ? t(locale, 'outages.mail.subject.moved', { title: notice.title })
      : notice.title;
  const where = [notice.settlement, ...notice.streets.map((street) => (street.houses ? `${street.street}, ${street.houses}` : street.street))].join('; ');
  const blocks: Block[] = [
    { kind: 'p', text: `${t(locale, `outages.kind.${notice.kind}`)}. ${state}` },
    {
      kind: 'rows',
      rows: [
        [t(locale, 'outages.area'), `${municipalityOf(notice.municipality)?.[locale] ?? notice.municipality}: ${where}`],
        [t(locale, 'outages.period'), time(notice.startsAt)],
        [t(locale, 'outages.cause'), notice.cause],
        [t(locale, 'outages.grid'), `${notice.gridOrganisation}, ${notice.gridPhone}`],
      ],
    },
    { kind: 'p', text: t(locale, 'outages.mail.grid') },
  ];
  const page = outagesPage(locale, notice.municipality);
  return layoutMessage(locale, subject, blocks, [
    { text: t(locale, 'outages.mail.page', { url: page }), href: `${page}#${notice.slug}`, label: t(locale, 'outages.mail.pageLink') },
    { text: t(locale, 'outages.mail.unsubscribe', { url: unsubscribeUrl }), href: unsubscribeUrl, label: t(locale, 'subscribe.unsubscribe.button') },
  ]);
}
