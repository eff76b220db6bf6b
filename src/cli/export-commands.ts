import { createWriteStream, writeFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { type Command, Option } from 'commander';
import { scopeFor } from '../features/digest/digest.ts';
import { SHEET_NAMES, ledgerSheets, loadLedger, sheetToCsv, wideSheet, writeWorkbook } from '../features/digest/ledger.ts';
import { isIsoWeek } from '../core/weeks.ts';
import { findPrefecture } from '../programme.ts';
import { fail, withServices } from './services.ts';

interface ExportOptions {
  readonly format: 'xlsx' | 'csv';
  readonly out: string;
  readonly prefecture?: string;
  readonly from?: string;
  readonly to?: string;
  readonly sheet?: string;
}

/** A one-line progress bar on stderr, drawn only when stderr is a terminal, at most every 100 ms. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): { update(done: number, total: number): void; end(): void } {
  if (!stream.isTTY) return { update() {}, end() {} };
  let last = 0;
  let drawn = false;
  const draw = (done: number, total: number) => {
    const ratio = total ? done / total : 1;
    const width = 24;
    const full = Math.round(ratio * width);
    stream.write(`\r${label} [${'█'.repeat(full)}${'░'.repeat(width - full)}] ${String(Math.round(ratio * 100)).padStart(3)}% ${done}/${total}`);
    drawn = true;
  };
  return {
    update(done, total) {
      const now = Date.now();
      if (done === total || now - last >= 100) {
        last = now;
        draw(done, total);
      }
    },
    end() {
      if (drawn) stream.write('\n');
    },
  };
}

/** export: the project ledger (项目台账) as an Excel workbook or CSV. */
export function registerExportCommands(program: Command): void {
  program
    .command('export')
    .description('export the project ledger (项目台账): one row per county per week, a sheet per indicator group plus milestones')
    .addOption(new Option('--format <format>', 'file format').choices(['xlsx', 'csv']).default('xlsx'))
    .requiredOption('--out <file>', 'file to write')
    .option('--prefecture <name>', 'only this prefecture (e.g. 甘南州); default: every county of the programme')
    .option('--from <week>', 'first week, e.g. 2018-W36 (default: the first week anyone reported for)')
    .option('--to <week>', 'last week, e.g. 2018-W52 (default: the last week anyone reported for)')
    .addOption(new Option('--sheet <name>', 'CSV only: one sheet instead of every indicator in one table').choices(SHEET_NAMES))
    .action(async (opts: ExportOptions) => {
      for (const [name, week] of [
        ['--from', opts.from],
        ['--to', opts.to],
      ] as const) {
        if (week !== undefined && !isIsoWeek(week)) fail(`${name} 应为 ISO 周次，例如 2018-W40（收到 ${week}）`);
      }
      if (opts.sheet && opts.format !== 'csv') fail('--sheet 仅用于 --format csv；Excel 文件包含全部工作表。');
      await withServices(async (services) => {
        const { programme, clock } = services;
        let prefectureId: string | null = null;
        if (opts.prefecture) {
          const p = findPrefecture(programme.data, opts.prefecture);
          if (!p) fail(`未找到“${opts.prefecture}”，可用：${programme.data.prefectures.map((x) => x.name).join('、')}`);
          prefectureId = p.id;
        }
        const now = clock.now();
        const data = await loadLedger(services, scopeFor(programme.data, prefectureId), now, { from: opts.from, to: opts.to });
        const sheets = ledgerSheets(data, programme);
        const rows = data.byWeek.flat().length;
        if (opts.format === 'csv') {
          const sheet = opts.sheet ? sheets.find((s) => s.name === opts.sheet)! : wideSheet(data);
          writeFileSync(opts.out, sheetToCsv(sheet));
          console.log(`已导出 ${sheet.rows.length} 行（${sheet.name}）到 ${opts.out}`);
          return;
        }
        const bar = progressBar('导出台账');
        const file = createWriteStream(opts.out);
        try {
          await writeWorkbook(sheets, file, { title: `${data.scope.name}项目台账`, created: now }, bar.update);
          await finished(file);
        } finally {
          bar.end();
        }
        console.log(`已导出 ${data.weeks.length} 周 × ${data.counties.length} 县（${rows} 行）、${sheets.length} 个工作表到 ${opts.out}`);
      });
    });
}
