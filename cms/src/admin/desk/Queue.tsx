import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { APPEAL_STATUSES, REQUEST_TYPES } from '../../shared/contracts/appeal-status';
import { CHANNEL_LABELS, CHANNELS, DEADLINE_LABELS, STATUS_LABELS, TOPIC_LABELS, TYPE_LABELS } from '../../admin-ui/appeal-labels';
import type { DeadlineState, QueueItem } from './api';
import { day } from './format';
import { NativeSelect, tableStyle, cellStyle, headStyle } from './controls';

/**
 * The queue: open appeals and requests, overdue and due-soon first, then by the day their term ends; every value in
 * words. Filters live in the address (a filtered queue can be bookmarked, Back undoes a change).
 */
const FILTERS = [
  { name: 'deadline', label: 'Срок', options: Object.entries(DEADLINE_LABELS) },
  { name: 'status', label: 'Статус', options: APPEAL_STATUSES.map((status) => [status, STATUS_LABELS[status]] as const) },
  { name: 'type', label: 'Вид', options: REQUEST_TYPES.map((type) => [type, TYPE_LABELS[type]] as const) },
  { name: 'topic', label: 'Тема', options: Object.entries(TOPIC_LABELS) },
  { name: 'channel', label: 'Как поступило', options: CHANNELS.map((channel) => [channel, CHANNEL_LABELS[channel]] as const) },
] as const;

const VARIANT: Record<DeadlineState, 'danger' | 'warning' | 'success' | 'neutral'> = { overdue: 'danger', 'due-soon': 'warning', 'on-time': 'success', done: 'neutral' };

/** Where an appeal stands against its term, in words (the colour only repeats them). */
export function DeadlineBadge({ state }: { state: DeadlineState }) {
  return <Badge variant={VARIANT[state]}>{DEADLINE_LABELS[state]}</Badge>;
}

type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; items: QueueItem[]; today: string };

export function Queue() {
  const { get } = useFetchClient();
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const query = params.toString();

  useEffect(() => {
    let live = true;
    get<{ data: QueueItem[]; meta: { today: string } }>(`/appeals-desk/appeals${query ? `?${query}` : ''}`).then(
      ({ data }) => live && setState({ kind: 'ready', items: data.data, today: data.meta.today }),
      () => live && setState({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [get, query]);

  const choose = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <form aria-label="Отбор обращений" onSubmit={(event) => event.preventDefault()}>
        <Flex gap={4} wrap="wrap" alignItems="flex-end">
          {FILTERS.map((filter) => (
            <NativeSelect key={filter.name} name={filter.name} label={filter.label} value={params.get(filter.name) ?? ''} onChange={(value) => choose(filter.name, value)}>
              <option value="">Все</option>
              {filter.options.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </NativeSelect>
          ))}
          <label style={{ display: 'flex', gap: 8, alignItems: 'center', minHeight: 40 }}>
            <input type="checkbox" checked={params.get('final') === '1'} onChange={(event) => choose('final', event.target.checked ? '1' : '')} />
            <Typography>Показывать завершённые</Typography>
          </label>
        </Flex>
      </form>

      {state.kind === 'loading' && <Typography>Загрузка очереди…</Typography>}
      {state.kind === 'failed' && <Typography role="alert">Очередь не загрузилась. Обновите страницу.</Typography>}
      {state.kind === 'ready' && (
        <Box>
          <Typography tag="p" variant="pi" role="status">
            {state.items.length ? `Найдено: ${state.items.length}. Сначала просроченные и те, у которых срок истекает.` : 'Ничего не найдено.'}
          </Typography>
          {state.items.length > 0 && (
            <table style={tableStyle}>
              <caption style={{ textAlign: 'left', padding: '8px 0' }}>
                <Typography variant="delta">Очередь обращений и заявок</Typography>
              </caption>
              <thead>
                <tr>
                  {['Номер', 'Срок', 'Ответить до', 'Статус', 'Вид', 'Тема', 'Заявитель', 'Поступило'].map((heading) => (
                    <th key={heading} scope="col" style={headStyle}>
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {state.items.map((item) => (
                  <tr key={item.documentId} data-number={item.number}>
                    <th scope="row" style={cellStyle}>
                      <Link to={item.documentId}>№ {item.number}</Link>
                    </th>
                    <td style={cellStyle}>
                      <DeadlineBadge state={item.deadline} />
                    </td>
                    <td style={cellStyle}>{day(item.due)}</td>
                    <td style={cellStyle}>{STATUS_LABELS[item.appealStatus]}</td>
                    <td style={cellStyle}>{TYPE_LABELS[item.requestType]}</td>
                    <td style={cellStyle}>{TOPIC_LABELS[item.topic as keyof typeof TOPIC_LABELS] ?? item.topic}</td>
                    <td style={cellStyle}>{item.name}</td>
                    <td style={cellStyle}>
                      {day(item.registeredAt)}, {CHANNEL_LABELS[item.channel]}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Box>
      )}
    </Flex>
  );
}
