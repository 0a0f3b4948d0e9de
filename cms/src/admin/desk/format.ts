import { formatDate, formatDateTime } from '../../shared/format';

/** Dates on the desk as the e-mails and the status lookup write them: Moscow time, in Russian. */
export const day = (value: string | null | undefined) => (value ? formatDate('ru', String(value)) : '—');
export const moment = (value: string | null | undefined) => (value ? formatDateTime('ru', String(value)) : '—');
