import writeXlsxFile from 'write-excel-file/node';
import { labelled, REPORT_COLUMNS, type ReportRow } from './report';

/** The same report as an Excel workbook (write-excel-file: one small dependency, numbers kept as numbers). */
export async function reportXlsx(rows: readonly ReportRow[]): Promise<Buffer> {
  const header = REPORT_COLUMNS.map(([, heading]) => ({ value: heading, fontWeight: 'bold' as const }));
  const body = rows.map((row) => {
    const values = labelled(row);
    return REPORT_COLUMNS.map(([key]) => ({ value: values[key] }));
  });
  return writeXlsxFile([header, ...body], { sheet: 'Обращения', stickyRowsCount: 1 }).toBuffer();
}
