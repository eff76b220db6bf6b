import type { Writable } from 'node:stream';
import type { Cell, ColumnKind, LedgerSheet } from './ledger.ts';

const NUM_FMT: Readonly<Record<ColumnKind, string | undefined>> = { text: undefined, wan: '0.00', int: '0', pct: '0.0%' };

/**
 * Writes the sheets as an .xlsx workbook to a stream, row by row (exceljs'
 * streaming writer, so memory stays flat); `onProgress(done, total)` after each row.
 */
export async function writeWorkbook(
  sheets: readonly LedgerSheet[],
  stream: Writable,
  meta: { readonly title: string; readonly created: Date },
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  // Imported here, not at the top: exceljs is heavy, and only exports need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = '示范助手';
  workbook.title = meta.title;
  workbook.created = meta.created;
  const total = sheets.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    ws.columns = sheet.columns.map((c) => ({
      header: c.header,
      width: c.width ?? Math.max(10, c.header.length * 2 + 2),
      style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind] } : {},
    }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.commit();
    for (const row of sheet.rows) {
      ws.addRow([...row]).commit();
      onProgress?.(++done, total);
    }
    ws.commit();
  }
  await workbook.commit();
}

function csvCell(value: Cell, kind: ColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(kind === 'pct' ? Math.round(value * 1000) / 10 : value);
  // A text a spreadsheet would run as a formula (= + - @, tab, CR) is shown as text instead.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One sheet as CSV: UTF-8 with a BOM (so Excel reads the Chinese), CRLF lines; shares as percentages with "（%）" in the header. */
export function sheetToCsv(sheet: LedgerSheet): string {
  const header = sheet.columns.map((c) => csvCell(c.kind === 'pct' ? `${c.header}（%）` : c.header, 'text'));
  const lines = [header.join(','), ...sheet.rows.map((r) => r.map((v, i) => csvCell(v, sheet.columns[i]!.kind)).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
