import type { Core } from '@strapi/strapi';
import { APPEAL_UID, READING_UID } from '../intake/register';
import { FILE_UID } from '../intake/files/store';
import { APPEAL_FIELD_LABELS } from '../admin-ui/appeal-labels';
import { PAGE_FEEDBACK_UID, SATISFACTION_UID } from '../intake/feedback';
import { SUBSCRIPTION_UID } from '../intake/subscriptions';

/**
 * The list views of visitors' submissions: the columns that matter, the most urgent (appeals, by due date) or the
 * newest first, and Russian labels.
 * "Срок" (deadlineState: overdue, due soon) is a column and a filter, so overdue appeals are one click away.
 */
export const OFFICER_VIEWS: Record<string, { mainField?: string; sortBy: string; sortOrder: 'ASC' | 'DESC'; list: string[]; labels: Record<string, string> }> = {
  [APPEAL_UID]: {
    sortBy: 'dueDate',
    sortOrder: 'ASC',
    list: ['number', 'requestType', 'appealStatus', 'deadlineState', 'dueDate', 'extendedTo', 'topic', 'registeredAt'],
    labels: APPEAL_FIELD_LABELS,
  },
  // Listed under their appeal; downloaded from its edit view's panel (src/admin/attachments-panel.tsx).
  [FILE_UID]: {
    mainField: 'fileName',
    sortBy: 'receivedAt',
    sortOrder: 'DESC',
    list: ['fileName', 'fileType', 'size', 'receivedAt', 'deleteAfter'],
    labels: {
      appeal: 'Обращение или заявка',
      fileName: 'Имя файла',
      fileType: 'Формат',
      size: 'Размер, байт',
      sha256: 'Контрольная сумма SHA-256',
      receivedAt: 'Получен',
      deleteAfter: 'Будет удалён (срок хранения)',
    },
  },
  // Scores of answers, by the link of the answer's e-mail (issue 14): read by the officers.
  [SATISFACTION_UID]: {
    mainField: 'appealNumber',
    sortBy: 'submittedAt',
    sortOrder: 'DESC',
    list: ['appealNumber', 'score', 'requestType', 'topic', 'submittedAt'],
    labels: {
      appealNumber: 'Обращение или заявка',
      requestType: 'Вид',
      topic: 'Тема',
      score: 'Оценка (1–5)',
      comment: 'Комментарий',
      language: 'Язык',
      submittedAt: 'Получена',
    },
  },
  // «Была ли страница полезной?» (issue 14): read by the editors, newest first; per page on «Отзывы о страницах».
  [PAGE_FEEDBACK_UID]: {
    mainField: 'pageTitle',
    sortBy: 'submittedAt',
    sortOrder: 'DESC',
    list: ['pageTitle', 'path', 'helpful', 'comment', 'submittedAt'],
    labels: {
      path: 'Адрес страницы',
      pageTitle: 'Страница',
      language: 'Язык',
      helpful: 'Полезна',
      comment: 'Комментарий',
      submittedAt: 'Получен',
    },
  },
  // Subscribers to supply notices (issue 15): seen by the super admin only.
  [SUBSCRIPTION_UID]: {
    mainField: 'email',
    sortBy: 'requestedAt',
    sortOrder: 'DESC',
    list: ['email', 'municipality', 'street', 'subscriptionStatus', 'requestedAt'],
    labels: {
      email: 'Электронная почта',
      municipality: 'Район или город',
      street: 'Улица',
      language: 'Язык',
      subscriptionStatus: 'Состояние (ждёт подтверждения / подтверждена)',
      requestedAt: 'Запрошена',
      confirmedAt: 'Подтверждена',
    },
  },
  [READING_UID]: {
    sortBy: 'submittedAt',
    sortOrder: 'DESC',
    list: ['number', 'submittedAt', 'accountNumber', 'meterZones', 'processed'],
    labels: {
      number: 'Номер подтверждения',
      submittedAt: 'Принято',
      accountNumber: 'Лицевой счёт',
      meterZones: 'Счётчик',
      reading: 'Показание',
      readingDay: 'День (Т1)',
      readingPeak: 'Пик (Т1)',
      readingNight: 'Ночь (Т2)',
      readingSemiPeak: 'Полупик (Т3)',
      language: 'Язык',
      processed: 'Обработано',
      internalNote: 'Служебная заметка',
    },
  },
};

type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list: string[]; edit: unknown };
};

export async function configureAdminViews(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types');
  for (const [uid, view] of Object.entries(OFFICER_VIEWS)) {
    const current = (await service.findConfiguration({ uid })) as Configuration & { uid: string };
    const metadatas = Object.fromEntries(
      Object.entries(current.metadatas).map(([field, meta]) => [
        field,
        view.labels[field] ? { edit: { ...meta.edit, label: view.labels[field] }, list: { ...meta.list, label: view.labels[field] } } : meta,
      ]),
    );
    const next = {
      settings: { ...current.settings, mainField: view.mainField ?? 'number', defaultSortBy: view.sortBy, defaultSortOrder: view.sortOrder, pageSize: 50 },
      metadatas,
      layouts: { ...current.layouts, list: view.list },
    };
    const { uid: _uid, ...comparable } = current;
    if (JSON.stringify(comparable) !== JSON.stringify({ ...comparable, ...next })) await service.updateConfiguration({ uid }, next);
  }
}
