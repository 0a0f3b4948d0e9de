/** The CMS's pages for visitors without JavaScript and its e-mails speak the site's own strings and formatter. */
export { translate as t } from '../shared/i18n';
export { formatDate, formatDateTime } from '../shared/format';
