import { NavLink, Route, Routes } from 'react-router-dom';
import { Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { AppealView } from './AppealView';
import { Queue } from './Queue';
import { Report } from './Report';

/**
 * «Обращения и заявки» — the appeals officers' desk in the admin (issue 13): the queue, one appeal with its actions
 * and history, and the clause-28 report. In Russian: Strapi's admin has no Tatar translation.
 */
export default function DeskPage() {
  return (
    <Page.Main>
      <Page.Title>Обращения и заявки</Page.Title>
      <Layouts.Header title="Обращения и заявки" subtitle="Очередь по срокам ответа, действия по п. 75–78 стандарта, сводный отчёт (п. 28)" />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <nav aria-label="Разделы рабочего места">
            <Flex gap={4}>
              <NavLink to="" end>
                <Typography variant="omega">Очередь</Typography>
              </NavLink>
              <NavLink to="report">
                <Typography variant="omega">Сводный отчёт</Typography>
              </NavLink>
            </Flex>
          </nav>
          <Routes>
            <Route index element={<Queue />} />
            <Route path="report" element={<Report />} />
            <Route path=":documentId" element={<AppealView />} />
          </Routes>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
