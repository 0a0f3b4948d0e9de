/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; a list is joined with "; ". */
const csvField = (value: unknown) => {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * CSV as the site's open data and the officers' reports write it: RFC 4180 (comma, CRLF) in UTF-8 with a byte-order
 * mark — without it Excel, the tool most people open a CSV with, reads Cyrillic as mojibake. One header row of the
 * given columns, one row per record.
 */
export function toCsv<Row>(columns: ReadonlyArray<keyof Row & string>, rows: readonly Row[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvField(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
