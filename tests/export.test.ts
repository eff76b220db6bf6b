import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliContext } from '../src/cli/context.ts';
import { digestCommands } from '../src/features/digest/index.ts';
import { progressBar } from '../src/features/digest/cli.ts';
import { ManualClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/core/logger.ts';
import { insertSampleReports } from '../src/features/demo/index.ts';
import { GANNAN_W38, GANNAN_W39 } from './support/gannan-reports.ts';
import { createServices } from '../src/main.ts';
import { testConfig } from './support/bot.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shifan-export-'));
  const config = testConfig(dir);
  const services = await createServices({ config, clock: new ManualClock('2018-10-08T08:30:00+08:00'), logger: silentLogger });
  try {
    await insertSampleReports(services.repos, [...GANNAN_W38, ...GANNAN_W39]);
    await services.db
      .insertInto('milestone_status')
      .values({ milestone_id: 'plan-filing', county_id: 'zhuoni', done_at: '2018-09-28T02:00:00Z', done_by: null, note: null })
      .execute();
  } finally {
    await services.db.destroy();
  }
  env = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', DB_PATH: config.DB_PATH };
  // The in-process runs read the same database through loadConfig().
  process.env.DB_PATH = config.DB_PATH;
  process.env.LOG_LEVEL = 'silent';
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run cli -- …` the way an admin would (tsx src/cli.ts), stderr not a terminal. */
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli.ts', ...args], { cwd: ROOT, env, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** The same export command in this process (starting the whole CLI costs seconds per run): what it prints and its exit code. */
async function exportInProcess(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const program = new Command('shifan').exitOverride();
  digestCommands(cliContext(program));
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const exit = vi.spyOn(process, 'exit').mockImplementation((code?: string | number | null) => {
    throw new Exit(Number(code ?? 0));
  });
  let code = 0;
  try {
    await program.parseAsync(['node', 'shifan', 'export', ...args]);
  } catch (e) {
    code = e instanceof Exit ? e.code : 1;
  } finally {
    log.mockRestore();
    error.mockRestore();
    exit.mockRestore();
  }
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A sheet's rows as header → cell, for reading like a person reads a table. */
function records(sheet: ExcelJS.Worksheet): { values: Record<string, ExcelJS.CellValue>; cells: Record<string, ExcelJS.Cell> }[] {
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const out: { values: Record<string, ExcelJS.CellValue>; cells: Record<string, ExcelJS.Cell> }[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values: Record<string, ExcelJS.CellValue> = {};
    const cells: Record<string, ExcelJS.Cell> = {};
    headers.forEach((h, i) => {
      cells[h] = row.getCell(i + 1);
      values[h] = row.getCell(i + 1).value;
    });
    out.push({ values, cells });
  });
  return out;
}

describe('npm run cli -- export --format xlsx', () => {
  let workbook: ExcelJS.Workbook;
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    run = await cli('export', '--format', 'xlsx', '--out', join(dir, 'ledger.xlsx'));
    workbook = await readWorkbook(join(dir, 'ledger.xlsx'));
  }, 90_000);

  it('says what it wrote, and draws no progress bar when stderr is not a terminal', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`已导出 2 周 × 20 县（40 行）、6 个工作表到 ${join(dir, 'ledger.xlsx')}`);
    expect(run.stderr).toBe('');
  });

  it('has a sheet per indicator group plus milestones', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['资金', '站点与覆盖', '培训', '招标与带贫', '问题', '里程碑']);
  });

  it('has Chinese headers and one row per county per week', () => {
    const funds = workbook.getWorksheet('资金')!;
    expect((funds.getRow(1).values as unknown[]).slice(1, 12)).toEqual([
      '周次',
      '起始日期',
      '截止日期',
      '县区',
      '报送状态',
      '本周支出（万元）',
      '本周上行（万元）',
      '本周服务中心（万元）',
      '本周服务站点（万元）',
      '本周培训（万元）',
      '下达资金（万元）',
    ]);
    const rows = records(funds);
    expect(rows).toHaveLength(40);
    expect(rows.filter((r) => r.values['周次'] === '2018-W39').map((r) => r.values['县区'])).toHaveLength(20);
  });

  it('stores amounts in 万元 and shares as numbers, formatted as percentages', () => {
    const rows = records(workbook.getWorksheet('资金')!);
    const zhuoni = rows.find((r) => r.values['县区'] === '卓尼县' && r.values['周次'] === '2018-W39')!;
    expect(zhuoni.values).toMatchObject({
      起始日期: '2018-09-24',
      报送状态: '已报送',
      '本周支出（万元）': 50,
      '下达资金（万元）': 1500,
      '累计支出（万元）': 150,
      '累计上行（万元）': 90,
    });
    expect(zhuoni.values['资金执行率']).toBeCloseTo(0.1, 10);
    expect(zhuoni.cells['资金执行率']!.numFmt).toBe('0.0%');
    expect(zhuoni.cells['累计支出（万元）']!.type).toBe(ExcelJS.ValueType.Number);
    const luqu = rows.find((r) => r.values['县区'] === '碌曲县' && r.values['周次'] === '2018-W39')!;
    // Not reported: this week's figures are empty, the running total carries over.
    expect(luqu.values['本周支出（万元）']).toBeNull();
    expect(luqu.values['累计支出（万元）']).toBe(40);
    const zhouqu = rows.find((r) => r.values['县区'] === '舟曲县' && r.values['周次'] === '2018-W39')!;
    expect(zhouqu.values).toMatchObject({ 报送状态: '逾期补报', 本周违规用途: '是', 违规用途说明: '部分资金用于购买流量' });
  });

  it('fills the other indicator groups with numbers', () => {
    const sites = records(workbook.getWorksheet('站点与覆盖')!).find((r) => r.values['县区'] === '卓尼县' && r.values['周次'] === '2018-W39')!;
    expect(sites.values).toMatchObject({ '累计服务站点（个）': 15, '累计覆盖贫困村（个）': 12 });
    const training = records(workbook.getWorksheet('培训')!).find((r) => r.values['县区'] === '卓尼县' && r.values['周次'] === '2018-W39')!;
    expect(training.values).toMatchObject({ 本周培训人次: 60, 本周贫困户人次: 20, 累计培训场次: 3, 累计培训人次: 160, 累计贫困户人次: 60 });
    const tenders = records(workbook.getWorksheet('招标与带贫')!).find((r) => r.values['县区'] === '卓尼县' && r.values['周次'] === '2018-W39')!;
    expect(tenders.values).toMatchObject({ '累计完成招标（项）': 2, '计划招标（项）': 5, '累计带动贫困户（户）': 70 });
    expect(tenders.values['招标完成率']).toBeCloseTo(0.4, 10);
    const issues = records(workbook.getWorksheet('问题')!).find((r) => r.values['县区'] === '卓尼县' && r.values['周次'] === '2018-W39')!;
    expect(issues.values).toMatchObject({ 填报时间: '2018-09-27 11:00', 存在问题及需市州协调事项: '冷链物流车辆采购需市州协调统一招标' });
  });

  it('lists every milestone for every county with its clause and state', () => {
    const rows = records(workbook.getWorksheet('里程碑')!);
    // 实施方案备案 for all 20 counties; 项目招标, set by Gannan's letter alone, for 甘南州's 4.
    expect(rows).toHaveLength(24);
    expect(rows.filter((r) => r.values['里程碑'] === '项目招标').map((r) => r.values['县区'])).toEqual(['卓尼县', '迭部县', '舟曲县', '碌曲县']);
    const done = rows.find((r) => r.values['县区'] === '卓尼县' && r.values['里程碑'] === '实施方案备案')!;
    expect(done.values).toMatchObject({ 截止日期: '2018-09-30', 依据: '州商办发〔2018〕183号 二', 状态: '已完成', 完成日期: '2018-09-28' });
    // A county whose 市州 sent no letter on file is cited the province's plan, never Gannan's letter.
    const kongtong = rows.find((r) => r.values['县区'] === '崆峒区' && r.values['里程碑'] === '实施方案备案')!;
    expect(kongtong.values['依据']).toBe('《甘肃省2018年电子商务进农村综合示范项目实施方案》 四（二）');
    const open = rows.find((r) => r.values['县区'] === '碌曲县' && r.values['里程碑'] === '实施方案备案')!;
    expect(open.values['状态']).toBe('已逾期');
    expect(typeof open.values['距截止天数']).toBe('number');
  });
});

describe('other formats and choices', () => {
  it('narrows to one prefecture', async () => {
    const run = await exportInProcess('--prefecture', '甘南州', '--out', join(dir, 'gannan.xlsx'));
    expect(run.stdout).toContain('已导出 2 周 × 4 县（8 行）');
    const rows = records((await readWorkbook(join(dir, 'gannan.xlsx'))).getWorksheet('资金')!);
    expect([...new Set(rows.map((r) => r.values['县区']))]).toEqual(['卓尼县', '迭部县', '舟曲县', '碌曲县']);
  }, 90_000);

  it('writes CSV with a BOM, every indicator in one table, shares in percent', async () => {
    const run = await exportInProcess('--format', 'csv', '--prefecture', '甘南州', '--out', join(dir, 'ledger.csv'));
    expect(run.code).toBe(0);
    const csv = readFileSync(join(dir, 'ledger.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF周次,起始日期,截止日期,县区,报送状态,本周支出（万元）')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(9);
    const header = lines[0]!.split(',');
    const zhuoni = lines.find((l) => l.startsWith('2018-W39,2018-09-24,2018-09-30,卓尼县'))!.split(',');
    expect(zhuoni[header.indexOf('累计支出（万元）')]).toBe('150');
    expect(zhuoni[header.indexOf('资金执行率（%）')]).toBe('10');
    expect(zhuoni[header.indexOf('累计服务站点（个）')]).toBe('15');
  }, 90_000);

  it('writes one sheet as CSV with --sheet', async () => {
    const run = await exportInProcess('--format', 'csv', '--sheet', '里程碑', '--prefecture', '甘南州', '--out', join(dir, 'milestones.csv'));
    expect(run.stdout).toContain('已导出 8 行（里程碑）');
    expect(readFileSync(join(dir, 'milestones.csv'), 'utf8')).toContain('卓尼县,实施方案备案,2018-09-30,州商办发〔2018〕183号 二,已完成,2018-09-28,');
  }, 90_000);

  it('refuses a malformed week with a sentence saying what is expected', async () => {
    const run = await exportInProcess('--from', '2018-40', '--out', join(dir, 'x.xlsx'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--from 应为 ISO 周次，例如 2018-W40（收到 2018-40）');
    const unknown = await exportInProcess('--prefecture', '酒泉市', '--out', join(dir, 'x.xlsx'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('未找到“酒泉市”，可用：兰州市、天水市、平凉市、定西市、陇南市、临夏州、甘南州');
  }, 90_000);
});

describe('the progress bar', () => {
  it('draws on a terminal and stays silent elsewhere', () => {
    const written: string[] = [];
    const tty = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const bar = progressBar('导出台账', tty);
    bar.update(1, 4);
    bar.update(4, 4);
    bar.end();
    expect(written[0]).toBe(`\r导出台账 [${'█'.repeat(6)}${'░'.repeat(18)}]  25% 1/4`);
    expect(written.at(-2)).toBe(`\r导出台账 [${'█'.repeat(24)}] 100% 4/4`);
    expect(written.at(-1)).toBe('\n');

    const silent: string[] = [];
    const pipe = progressBar('导出台账', { isTTY: false, write: (s: string) => silent.push(s) } as unknown as NodeJS.WriteStream);
    pipe.update(4, 4);
    pipe.end();
    expect(silent).toEqual([]);
  });
});
