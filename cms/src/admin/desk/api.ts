import type { AppealStatus, RequestType } from '../../shared/contracts/appeal-status';

/** What the desk's admin routes answer (src/intake/desk/routes.ts). */
export type DeadlineState = 'overdue' | 'due-soon' | 'on-time' | 'done';

export interface QueueItem {
  documentId: string;
  number: string;
  requestType: RequestType;
  channel: 'site' | 'phone' | 'office' | 'post';
  topic: string;
  appealStatus: AppealStatus;
  registeredAt: string;
  dueDate: string;
  extendedTo: string | null;
  /** The day the term in force ends, and where the appeal stands against it today (Moscow time). */
  due: string;
  deadline: DeadlineState;
  applicantType: string;
  name: string;
  language: 'ru' | 'tt';
  replyChannel: 'email' | 'phone' | 'post';
  email: string | null;
}

export interface HistoryEntry {
  at: string;
  action: 'registered' | 'taken' | 'extended' | 'answered' | 'closed' | 'note';
  actor: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  detail: string | null;
}

export interface MessageEntry {
  event: 'registered' | 'taken' | 'extended' | 'answered' | 'closed';
  recipient: string | null;
  subject: string;
  createdAt: string;
  sentAt: string | null;
  failedAt: string | null;
  attempts: number;
  lastError: string | null;
}

export interface AppealDetail {
  appeal: QueueItem & Record<string, unknown>;
  files: Array<{ documentId: string; fileName: string; fileType: string; size: number; receivedAt: string }>;
  history: HistoryEntry[];
  messages: MessageEntry[];
}

export type DeskAction = 'take' | 'extend' | 'answer' | 'close' | 'note';

/** The message of a refused action (a status rule's), or a general one. */
export function refusalOf(error: unknown): string {
  const response = (error as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? 'Не удалось сохранить. Обновите страницу и попробуйте ещё раз.';
}
