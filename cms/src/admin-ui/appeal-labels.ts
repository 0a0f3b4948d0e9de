import { ru } from '../shared/i18n/ru';
import type { AppealStatus, RequestType } from '../shared/contracts/appeal-status';
import type { APPEAL_TOPICS, REPLY_CHANNELS } from '../shared/contracts/appeal';

/**
 * Every value of an appeal as the officers read it, in Russian (the admin has no Tatar translation): statuses,
 * deadline states, channels, grounds of closing, history actions. The desk, its report and the status rules' messages
 * use these, never a raw value. What a visitor also reads (a topic, a type, a reply channel) is the site's own string.
 */
/** Every field of an appeal as the officers' list view, edit view and desk name it. */
export const APPEAL_FIELD_LABELS: Record<string, string> = {
  number: 'Рег. номер',
  registeredAt: 'Зарегистрировано',
  dueDate: 'Ответить до',
  appealStatus: 'Статус',
  deadlineState: 'Срок (в срок / скоро / просрочено / закрыто)',
  extendedTo: 'Продлено до',
  extensionReason: 'Причина продления (её получит заявитель)',
  extensionNotice: 'Как уведомлён заявитель без e-mail (телефон, письмо; когда)',
  extensionNoticeAt: 'Уведомление о продлении отправлено',
  channel: 'Как поступило (сайт, телефон, офис, почта)',
  answer: 'Текст ответа',
  answerChannel: 'Канал ответа',
  answeredAt: 'Ответ записан',
  closedReason: 'Основание закрытия без ответа (пп. 77–78)',
  closedAt: 'Закрыто',
  internalNote: 'Служебная заметка',
  requestType: 'Вид (обращение или заявка)',
  applicantType: 'Заявитель',
  name: 'ФИО или наименование',
  accountNumber: 'Лицевой счёт',
  contractNumber: 'Номер договора',
  replyChannel: 'Ответить через',
  email: 'Электронная почта',
  phone: 'Телефон',
  postalAddress: 'Почтовый адрес',
  topic: 'Тема',
  text: 'Текст обращения',
  meterWork: 'Работы со счётчиком (установка / замена / поверка)',
  premisesAddress: 'Адрес объекта (счётчика, помещения)',
  preferredFrom: 'Удобно с',
  preferredTo: 'Удобно по',
  accessNotes: 'Как попасть к счётчику',
  meterZones: 'Счётчик установлен (зон)',
  tariffVariant: 'Просит вариант тарифа',
  benefit: 'Льгота (дом с электроотоплением / многодетная семья)',
  contractAction: 'Договор: заключить / переоформить на нового владельца',
  taxId: 'ИНН',
  ownedSince: 'Владеет помещением с',
  transferReading: 'Показания на дату перехода права',
  language: 'Язык',
  consentAt: 'Согласие на обработку ПДн',
  files: 'Приложенные документы (скачать — на панели справа)',
};

export const STATUS_LABELS: Record<AppealStatus, string> = {
  registered: 'Зарегистрировано',
  'in-progress': 'Рассматривается',
  extended: 'Срок продлён',
  answered: 'Дан ответ',
  'closed-no-answer': 'Закрыто без ответа',
};

export const DEADLINE_LABELS = {
  overdue: 'Просрочено',
  'due-soon': 'Срок истекает (5 дней и меньше)',
  'on-time': 'В срок',
  done: 'Завершено',
} as const;

/** How an appeal came in: the site's forms, or registered by an officer (clause 68: phone, office, post). */
export const CHANNELS = ['site', 'phone', 'office', 'post'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = { site: 'Сайт', phone: 'Телефон', office: 'Офис обслуживания', post: 'Почта' };

export const CLOSED_REASONS = ['no-contact-details', 'obscene-language', 'threats', 'not-official-language', 'repeated', 'spam', 'anonymous'] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];
export const CLOSED_REASON_LABELS: Record<ClosedReason, string> = {
  'no-contact-details': 'Не указаны контактные данные (п. 77)',
  'obscene-language': 'Нецензурные или оскорбительные выражения (п. 77)',
  threats: 'Угрозы жизни, здоровью, имуществу (п. 77)',
  'not-official-language': 'Текст не на государственном языке РТ (п. 77)',
  repeated: 'Повторный вопрос без новых доводов (п. 77)',
  spam: 'Спам (п. 77)',
  anonymous: 'Анонимное обращение (п. 78)',
};

export const TOPIC_LABELS = Object.fromEntries(
  (['supply', 'metering', 'contract', 'billing', 'service', 'other'] as const satisfies readonly (typeof APPEAL_TOPICS)[number][]).map((topic) => [
    topic,
    ru[`appeal.field.topic.option.${topic}`],
  ]),
) as Record<(typeof APPEAL_TOPICS)[number], string>;

export const TYPE_LABELS = Object.fromEntries(
  (['appeal', 'meter-work', 'e-bill', 'tariff-variant', 'tariff-benefit', 'contract'] as const satisfies readonly RequestType[]).map((type) => [type, ru[`status.type.${type}`]]),
) as Record<RequestType, string>;

export const REPLY_LABELS = Object.fromEntries(
  (['email', 'phone', 'post'] as const satisfies readonly (typeof REPLY_CHANNELS)[number][]).map((channel) => [channel, ru[`appeal.field.replyChannel.option.${channel}`]]),
) as Record<(typeof REPLY_CHANNELS)[number], string>;

export const HISTORY_LABELS = {
  registered: 'Зарегистрировано',
  taken: 'Принято в работу',
  extended: 'Срок продлён',
  answered: 'Дан ответ',
  closed: 'Закрыто без ответа',
  note: 'Служебная заметка',
} as const;

export const NOTICE_LABELS = {
  registered: 'Подтверждение регистрации',
  taken: 'Уведомление: принято в работу',
  extended: 'Уведомление о продлении срока (п. 75)',
  answered: 'Ответ или уведомление об ответе',
  closed: 'Уведомление о закрытии без ответа',
} as const;
