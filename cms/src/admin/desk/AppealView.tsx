import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { REPLY_CHANNELS } from '../../shared/contracts/appeal';
import {
  APPEAL_FIELD_LABELS,
  CHANNEL_LABELS,
  CLOSED_REASON_LABELS,
  CLOSED_REASONS,
  HISTORY_LABELS,
  NOTICE_LABELS,
  REPLY_LABELS,
  STATUS_LABELS,
  TOPIC_LABELS,
  TYPE_LABELS,
} from '../../admin-ui/appeal-labels';
import { AttachmentList } from '../attachments-panel';
import { refusalOf, type AppealDetail, type DeskAction } from './api';
import { cellStyle, headStyle, NativeSelect, NativeTextarea, tableStyle } from './controls';
import { day, moment } from './format';
import { DeadlineBadge } from './Queue';

/**
 * One appeal or request: what the visitor sent, its documents, the actions its status allows (each checked by the
 * status rules on the server, whose message is shown as it is), its history and the messages sent to the visitor.
 */
const SUBMITTED = [
  'requestType',
  'channel',
  'topic',
  'applicantType',
  'name',
  'accountNumber',
  'contractNumber',
  'taxId',
  'replyChannel',
  'email',
  'phone',
  'postalAddress',
  'language',
  'text',
  'meterWork',
  'premisesAddress',
  'preferredFrom',
  'preferredTo',
  'accessNotes',
  'meterZones',
  'tariffVariant',
  'benefit',
  'contractAction',
  'ownedSince',
  'transferReading',
] as const;

const VALUE_LABELS: Record<string, Record<string, string>> = {
  requestType: TYPE_LABELS,
  channel: CHANNEL_LABELS,
  topic: TOPIC_LABELS,
  replyChannel: REPLY_LABELS,
  answerChannel: REPLY_LABELS,
  closedReason: CLOSED_REASON_LABELS,
  applicantType: { individual: 'Гражданин', 'legal-entity': 'Организация или ИП' },
  language: { ru: 'Русский', tt: 'Татарский' },
  meterWork: { install: 'Установка', replace: 'Замена', verify: 'Поверка' },
  meterZones: { single: 'Однотарифный', 'day-night': 'Двухзонный', 'three-zone': 'Трёхзонный' },
  tariffVariant: { single: 'Одноставочный', 'day-night': 'Две зоны', 'three-zone': 'Три зоны' },
  benefit: { 'electric-heating': 'Дом с электроотоплением', 'large-family': 'Многодетная семья' },
  contractAction: { conclude: 'Заключить договор', 're-register': 'Переоформить на нового владельца' },
};

const DATES = new Set(['preferredFrom', 'preferredTo', 'ownedSince']);

const shown = (field: string, value: unknown) => (DATES.has(field) ? day(String(value)) : (VALUE_LABELS[field]?.[String(value)] ?? String(value)));

/** The actions each status allows, in the order an officer takes them. */
const ALLOWED: Record<string, DeskAction[]> = {
  registered: ['take', 'extend', 'answer', 'close'],
  'in-progress': ['extend', 'answer', 'close'],
  extended: ['answer', 'close'],
  answered: [],
  'closed-no-answer': [],
};

const ACTION_LABELS: Record<Exclude<DeskAction, 'note'>, string> = {
  take: 'Принять в работу',
  extend: 'Продлить срок',
  answer: 'Ответить',
  close: 'Закрыть без ответа',
};

type State = { kind: 'loading' } | { kind: 'missing' } | { kind: 'failed' } | { kind: 'ready'; detail: AppealDetail };

export function AppealView() {
  const { documentId = '' } = useParams();
  const { get, post } = useFetchClient();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [open, setOpen] = useState<DeskAction | null>(null);
  const [form, setForm] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const load = useCallback(
    () =>
      get<{ data: AppealDetail }>(`/appeals-desk/appeals/${documentId}`).then(
        ({ data }) => setState({ kind: 'ready', detail: data.data }),
        (error: { status?: number; response?: { status?: number } }) => setState({ kind: (error.response?.status ?? error.status) === 404 ? 'missing' : 'failed' }),
      ),
    [get, documentId],
  );
  useEffect(() => {
    void load();
  }, [load]);

  if (state.kind === 'loading') return <Typography>Загрузка…</Typography>;
  if (state.kind === 'missing') return <Typography role="alert">Такого обращения нет.</Typography>;
  if (state.kind === 'failed') return <Typography role="alert">Обращение не загрузилось. Обновите страницу.</Typography>;
  const { appeal, history, messages } = state.detail;
  const hasEmail = Boolean(appeal.email);
  const set = (name: string) => (value: string) => setForm((current) => ({ ...current, [name]: value }));

  async function act(action: DeskAction, data: Record<string, string> = {}) {
    try {
      const { data: answer } = await post<{ data: AppealDetail }>(`/appeals-desk/appeals/${documentId}/${action}`, data);
      setState({ kind: 'ready', detail: answer.data });
      setOpen(null);
      setForm({});
      setOutcome({ ok: true, message: action === 'note' ? 'Заметка сохранена.' : `Сохранено: ${STATUS_LABELS[answer.data.appeal.appealStatus]}.` });
    } catch (error) {
      setOutcome({ ok: false, message: refusalOf(error) });
    }
  }

  const submit = (action: DeskAction) => (event: React.FormEvent) => {
    event.preventDefault();
    void act(action, form);
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Link to="..">
        <Typography>← К очереди</Typography>
      </Link>
      <Flex gap={3} wrap="wrap" alignItems="center">
        <Typography tag="h2" variant="beta">
          {TYPE_LABELS[appeal.requestType]} № {appeal.number}
        </Typography>
        <DeadlineBadge state={appeal.deadline} />
      </Flex>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: 0 }}>
        {(
          [
            ['Статус', STATUS_LABELS[appeal.appealStatus]],
            ['Зарегистрировано', moment(appeal.registeredAt)],
            ['Ответить до', `${day(appeal.due)}${appeal.extendedTo ? ' (срок продлён)' : ''}`],
            ...(appeal.answeredAt ? [['Ответ дан', moment(String(appeal.answeredAt))]] : []),
            ...(appeal.closedAt ? [['Закрыто', moment(String(appeal.closedAt))]] : []),
          ] as Array<[string, string]>
        ).map(([term, value]) => (
          <Flex key={term} tag="div" style={{ display: 'contents' }}>
            <dt>
              <Typography fontWeight="bold">{term}</Typography>
            </dt>
            <dd style={{ margin: 0 }}>
              <Typography>{value}</Typography>
            </dd>
          </Flex>
        ))}
      </dl>

      {outcome && (
        <Box padding={3} background={outcome.ok ? 'success100' : 'danger100'} hasRadius role={outcome.ok ? 'status' : 'alert'}>
          <Typography textColor={outcome.ok ? 'success700' : 'danger700'}>{outcome.message}</Typography>
        </Box>
      )}

      <section aria-labelledby="desk-actions">
        <Typography tag="h3" id="desk-actions" variant="delta">
          Действия
        </Typography>
        {ALLOWED[appeal.appealStatus]!.length === 0 ? (
          <Typography tag="p">Обращение завершено: изменить можно только служебную заметку.</Typography>
        ) : (
          <Flex gap={2} wrap="wrap" paddingTop={2}>
            {ALLOWED[appeal.appealStatus]!.map((action) =>
              action === 'take' ? (
                <Button key={action} onClick={() => void act('take')}>
                  {ACTION_LABELS.take}
                </Button>
              ) : (
                <Button
                  key={action}
                  variant={open === action ? 'default' : 'secondary'}
                  aria-expanded={open === action}
                  onClick={() => {
                    setOpen(open === action ? null : action);
                    setForm(action === 'answer' ? { answerChannel: hasEmail ? appeal.replyChannel : appeal.replyChannel === 'email' ? 'phone' : appeal.replyChannel } : {});
                    setOutcome(null);
                  }}
                >
                  {ACTION_LABELS[action as Exclude<DeskAction, 'note'>]}
                </Button>
              ),
            )}
          </Flex>
        )}
        {open === 'extend' && (
          <form onSubmit={submit('extend')} aria-label="Продление срока">
            <Flex direction="column" alignItems="stretch" gap={3} paddingTop={3}>
              <NativeTextarea
                name="extensionReason"
                label="Причина продления"
                hint="Её получит заявитель в уведомлении о продлении на 30 дней (п. 75 стандарта)."
                value={form.extensionReason ?? ''}
                onChange={set('extensionReason')}
              />
              {!hasEmail && (
                <NativeTextarea
                  name="extensionNotice"
                  label="Как уведомлён заявитель"
                  hint="Заявитель не оставил электронной почты: сообщите о продлении по телефону или письмом и запишите, как и когда."
                  value={form.extensionNotice ?? ''}
                  onChange={set('extensionNotice')}
                />
              )}
              <Box>
                <Button type="submit">Продлить на 30 дней</Button>
              </Box>
            </Flex>
          </form>
        )}
        {open === 'answer' && (
          <form onSubmit={submit('answer')} aria-label="Ответ">
            <Flex direction="column" alignItems="stretch" gap={3} paddingTop={3}>
              <NativeTextarea
                name="answer"
                label="Текст ответа"
                hint={hasEmail ? 'По электронной почте заявитель получит этот текст.' : 'Запишите ответ, данный заявителю.'}
                value={form.answer ?? ''}
                onChange={set('answer')}
              />
              <NativeSelect name="answerChannel" label="Канал ответа" value={form.answerChannel ?? ''} onChange={set('answerChannel')}>
                {REPLY_CHANNELS.filter((channel) => hasEmail || channel !== 'email').map((channel) => (
                  <option key={channel} value={channel}>
                    {REPLY_LABELS[channel]}
                  </option>
                ))}
              </NativeSelect>
              <Box>
                <Button type="submit">Записать ответ</Button>
              </Box>
            </Flex>
          </form>
        )}
        {open === 'close' && (
          <form onSubmit={submit('close')} aria-label="Закрытие без ответа">
            <Flex direction="column" alignItems="stretch" gap={3} paddingTop={3}>
              <NativeSelect name="closedReason" label="Основание" hint="Пункты 77 и 78 стандарта." value={form.closedReason ?? ''} onChange={set('closedReason')}>
                <option value="">Выберите основание</option>
                {CLOSED_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {CLOSED_REASON_LABELS[reason]}
                  </option>
                ))}
              </NativeSelect>
              <Box>
                <Button type="submit">Закрыть без ответа</Button>
              </Box>
            </Flex>
          </form>
        )}
      </section>

      <section aria-labelledby="desk-submitted">
        <Typography tag="h3" id="desk-submitted" variant="delta">
          Что прислал заявитель
        </Typography>
        <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', marginTop: 8 }}>
          {SUBMITTED.filter((field) => appeal[field] !== null && appeal[field] !== undefined && appeal[field] !== '').map((field) => (
            <Flex key={field} tag="div" style={{ display: 'contents' }}>
              <dt>
                <Typography fontWeight="bold">{APPEAL_FIELD_LABELS[field] ?? field}</Typography>
              </dt>
              <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                <Typography>{shown(field, appeal[field])}</Typography>
              </dd>
            </Flex>
          ))}
        </dl>
      </section>

      <section aria-labelledby="desk-files">
        <Typography tag="h3" id="desk-files" variant="delta">
          Приложенные документы
        </Typography>
        <Box paddingTop={2}>
          <AttachmentList documentId={documentId} />
        </Box>
      </section>

      <section aria-labelledby="desk-history">
        <Typography tag="h3" id="desk-history" variant="delta">
          История
        </Typography>
        <table style={tableStyle}>
          <thead>
            <tr>
              {['Когда', 'Кто', 'Что', 'Подробности'].map((heading) => (
                <th key={heading} scope="col" style={headStyle}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {history.map((entry, index) => (
              <tr key={index}>
                <td style={cellStyle}>{moment(entry.at)}</td>
                <td style={cellStyle}>{entry.actor ?? (entry.action === 'registered' ? 'Заявитель' : 'Система')}</td>
                <th scope="row" style={cellStyle}>
                  {HISTORY_LABELS[entry.action]}
                </th>
                <td style={{ ...cellStyle, whiteSpace: 'pre-wrap' }}>
                  {entry.action === 'answered'
                    ? (REPLY_LABELS[entry.detail as keyof typeof REPLY_LABELS] ?? entry.detail)
                    : entry.action === 'closed'
                      ? (CLOSED_REASON_LABELS[entry.detail as keyof typeof CLOSED_REASON_LABELS] ?? entry.detail)
                      : entry.action === 'registered'
                        ? (CHANNEL_LABELS[entry.detail as keyof typeof CHANNEL_LABELS] ?? entry.detail)
                        : (entry.detail ?? '')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="desk-messages">
        <Typography tag="h3" id="desk-messages" variant="delta">
          Письма заявителю
        </Typography>
        {messages.length === 0 ? (
          <Typography tag="p">{hasEmail ? 'Писем ещё не было.' : 'Заявитель не оставил электронной почты: о каждом шаге сообщайте по телефону или письмом.'}</Typography>
        ) : (
          <table style={tableStyle}>
            <thead>
              <tr>
                {['Письмо', 'Тема', 'Создано', 'Доставка'].map((heading) => (
                  <th key={heading} scope="col" style={headStyle}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {messages.map((message, index) => (
                <tr key={index}>
                  <th scope="row" style={cellStyle}>
                    {NOTICE_LABELS[message.event]}
                  </th>
                  <td style={cellStyle}>{message.subject}</td>
                  <td style={cellStyle}>{moment(message.createdAt)}</td>
                  <td style={cellStyle}>
                    {message.sentAt
                      ? `Отправлено ${moment(message.sentAt)}`
                      : message.failedAt
                        ? `Не доставлено: ${message.lastError ?? ''}`
                        : `Ожидает отправки${message.attempts ? ` (попыток: ${message.attempts}; ${message.lastError ?? ''})` : ''}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="desk-note">
        <Typography tag="h3" id="desk-note" variant="delta">
          Служебная заметка
        </Typography>
        <form onSubmit={submit('note')} aria-label="Служебная заметка">
          <Flex direction="column" alignItems="stretch" gap={3} paddingTop={2}>
            <NativeTextarea
              name="internalNote"
              label="Заметка для сотрудников"
              hint="Заявитель её не видит."
              value={form.internalNote ?? String(appeal.internalNote ?? '')}
              onChange={set('internalNote')}
            />
            <Box>
              <Button type="submit" variant="secondary">
                Сохранить заметку
              </Button>
            </Box>
          </Flex>
        </form>
      </section>
    </Flex>
  );
}
