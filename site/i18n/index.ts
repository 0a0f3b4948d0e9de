/**
 * The site's door to the shared core's strings and formatter (cms/src/shared/): the interface strings live there
 * because the CMS's own pages and e-mails speak them too.
 */
export { UI, t, type UiKey } from '../../cms/src/shared/i18n/index.ts';
export { formatDate, formatDateTime, formatNumber, formatTime, monthNames, weekdayNames, fill, type DateCase } from '../../cms/src/shared/format.ts';
export { otherLocale } from '../../cms/src/shared/locales.ts';
export { pluralCategory } from '../../cms/src/shared/plural.ts';
