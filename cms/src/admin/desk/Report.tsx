import { useEffect, useState } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { moscowDate } from '../../shared/calendar';
import { formatMonth } from '../../shared/format';
import { CHANNEL_LABELS, TOPIC_LABELS, TYPE_LABELS } from '../../admin-ui/appeal-labels';
import { cellStyle, headStyle, NativeInput, tableStyle } from './controls';

/**
 * The clause-28 report on the desk: appeals and requests by month of registration, type, topic and channel, with
 * their outcomes and terms; the same figures as a CSV or an Excel file.
 */
interface Row {
  month: string;
  type: keyof typeof TYPE_LABELS;
  topic: keyof typeof TOPIC_LABELS;
  channel: keyof typeof CHANNEL_LABELS;
  received: number;
  answered: number;
  closedWithoutAnswer: number;
  open: number;
  onTime: number;
  late: number;
  extended: number;
}

const COUNTS = [
  ['received', 'Поступило'],
  ['answered', 'Дан ответ'],
  ['closedWithoutAnswer', 'Закрыто без ответа'],
  ['open', 'На рассмотрении'],
  ['onTime', 'В срок'],
  ['late', 'С нарушением срока'],
  ['extended', 'Срок продлевался'],
] as const;

export function Report() {
  const { get } = useFetchClient();
  const thisMonth = moscowDate().slice(0, 7);
  const [from, setFrom] = useState(`${thisMonth.slice(0, 4)}-01`);
  const [to, setTo] = useState(thisMonth);
  const [period, setPeriod] = useState({ from, to });
  const [rows, setRows] = useState<Row[] | null>(null);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let live = true;
    get<{ data: Row[] }>(`/appeals-desk/report?from=${period.from}&to=${period.to}`).then(
      ({ data }) => live && (setRows(data.data), setProblem('')),
      (error: { response?: { data?: { error?: { message?: string } } } }) => live && setProblem(error.response?.data?.error?.message ?? 'Отчёт не загрузился.'),
    );
    return () => {
      live = false;
    };
  }, [get, period]);

  async function download(format: 'csv' | 'xlsx') {
    const { data } = await get<Blob>(`/appeals-desk/report?from=${period.from}&to=${period.to}&format=${format}`, { responseType: 'blob' });
    const url = URL.createObjectURL(data);
    const link = document.createElement('a');
    link.href = url;
    link.download = `obrashcheniya-${period.from}-${period.to}.${format}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  const totals = Object.fromEntries(COUNTS.map(([key]) => [key, (rows ?? []).reduce((sum, row) => sum + row[key], 0)]));

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <form
        aria-label="Период отчёта"
        onSubmit={(event) => {
          event.preventDefault();
          setPeriod({ from, to });
        }}
      >
        <Flex gap={4} wrap="wrap" alignItems="flex-end">
          <NativeInput type="month" name="from" label="С месяца" hint="ГГГГ-ММ" value={from} onChange={setFrom} />
          <NativeInput type="month" name="to" label="По месяц" hint="ГГГГ-ММ" value={to} onChange={setTo} />
          <Button type="submit">Показать</Button>
        </Flex>
      </form>
      {problem && (
        <Box padding={3} background="danger100" hasRadius role="alert">
          <Typography textColor="danger700">{problem}</Typography>
        </Box>
      )}
      <Flex gap={2}>
        <Button variant="secondary" onClick={() => void download('csv')}>
          Скачать CSV
        </Button>
        <Button variant="secondary" onClick={() => void download('xlsx')}>
          Скачать Excel (XLSX)
        </Button>
      </Flex>
      {rows && (
        <table style={tableStyle}>
          <caption style={{ textAlign: 'left', padding: '8px 0' }}>
            <Typography variant="delta">
              Сводный отчёт по обращениям (п. 28 стандарта): {formatMonth('ru', period.from)} — {formatMonth('ru', period.to)}
            </Typography>
          </caption>
          <thead>
            <tr>
              {['Месяц', 'Вид', 'Тема', 'Как поступило', ...COUNTS.map(([, heading]) => heading)].map((heading) => (
                <th key={heading} scope="col" style={headStyle}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.month}|${row.type}|${row.topic}|${row.channel}`}>
                <th scope="row" style={cellStyle}>
                  {formatMonth('ru', row.month)}
                </th>
                <td style={cellStyle}>{TYPE_LABELS[row.type]}</td>
                <td style={cellStyle}>{TOPIC_LABELS[row.topic]}</td>
                <td style={cellStyle}>{CHANNEL_LABELS[row.channel]}</td>
                {COUNTS.map(([key]) => (
                  <td key={key} style={cellStyle}>
                    {row[key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4} style={headStyle}>
                Всего
              </th>
              {COUNTS.map(([key]) => (
                <td key={key} style={{ ...cellStyle, fontWeight: 'bold' }}>
                  {totals[key]}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      )}
    </Flex>
  );
}
