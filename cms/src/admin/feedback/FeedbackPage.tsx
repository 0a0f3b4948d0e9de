import { useEffect, useState } from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { cellStyle, headStyle, tableStyle } from '../desk/controls';
import { moment } from '../desk/format';

/**
 * «Отзывы о страницах» — for the editors: what visitors answered to «Была ли страница полезной?», page by page, the
 * most recently answered first, with the page's title and a link to it, and its latest comments.
 */
interface PageSummary {
  path: string;
  url: string;
  title: string;
  language: string;
  yes: number;
  no: number;
  last: string;
  comments: Array<{ at: string; helpful: boolean; comment: string }>;
}

const LANGUAGE = { ru: 'русский', tt: 'татарский' } as Record<string, string>;

export default function FeedbackPage() {
  const { get } = useFetchClient();
  const [pages, setPages] = useState<PageSummary[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    get<{ data: PageSummary[] }>('/page-feedback/summary').then(
      ({ data }) => live && setPages(data.data),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [get]);

  return (
    <Page.Main>
      <Page.Title>Отзывы о страницах</Page.Title>
      <Layouts.Header title="Отзывы о страницах" subtitle="Ответы на вопрос «Была ли страница полезной?»: сначала страницы с самыми свежими отзывами" />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {failed && <Typography role="alert">Отзывы не загрузились. Обновите страницу.</Typography>}
          {!failed && !pages && <Typography>Загрузка…</Typography>}
          {pages && pages.length === 0 && <Typography>Отзывов пока нет.</Typography>}
          {pages && pages.length > 0 && (
            <table style={tableStyle}>
              <caption style={{ textAlign: 'left', padding: '8px 0' }}>
                <Typography variant="delta">Страницы: {pages.length}</Typography>
              </caption>
              <thead>
                <tr>
                  {['Страница', 'Да', 'Нет', 'Последний отзыв', 'Последние комментарии'].map((heading) => (
                    <th key={heading} scope="col" style={headStyle}>
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {pages.map((page) => (
                  <tr key={page.path} data-path={page.path}>
                    <th scope="row" style={cellStyle}>
                      <a href={page.url} target="_blank" rel="noreferrer">
                        {page.title}
                      </a>
                      <Typography tag="p" variant="pi" textColor="neutral600">
                        {page.path}, {LANGUAGE[page.language] ?? page.language}
                      </Typography>
                    </th>
                    <td style={cellStyle}>{page.yes}</td>
                    <td style={cellStyle}>{page.no}</td>
                    <td style={cellStyle}>{moment(page.last)}</td>
                    <td style={cellStyle}>
                      {page.comments.length ? (
                        <ul style={{ margin: 0, paddingLeft: 16 }}>
                          {page.comments.map((comment, index) => (
                            <li key={index} style={{ whiteSpace: 'pre-wrap' }}>
                              {comment.helpful ? '«Да»' : '«Нет»'}, {moment(comment.at)}: {comment.comment}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
