import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shifan-cli-'));
  env = { ...process.env, DB_PATH: join(dir, 'shifan.sqlite'), LOG_LEVEL: 'silent', NODE_ENV: 'test' };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/cli.ts', ...args], { env, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Each case starts CLI processes (tsx compiles on the fly): slow on a busy 2-core machine.
describe('npm run cli -- roster import', { timeout: 240_000 }, () => {
  it('reports every bad row with its line number and imports nothing', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      [
        '姓名,角色,县,州,平台账号',
        '张三,official,卓尼县,,lark:ou_aaa',
        ',official,迭部县,,',
        '李四,县长,舟曲县,,',
        '王五,official,长安县,,',
        '赵六,prefecture,,甘南州,wechat:wxid_1',
        '孙七,official,碌曲县,,lark:ou_aaa',
      ].join('\n'),
    );
    const res = await cli('roster', 'import', file);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('名册有 4 行有误，未导入任何人员');
    expect(res.stderr).toContain('第 3 行：姓名为空');
    expect(res.stderr).toContain('第 4 行：角色“县长”无效');
    expect(res.stderr).toContain('第 5 行：示范县“长安县”不在名单中');
    expect(res.stderr).toContain('第 7 行：平台账号 lark:ou_aaa 与第 2 行重复');

    const good = join(dir, 'good.csv');
    writeFileSync(good, 'name,role,county,prefecture,ids\n张三,official,卓尼,,lark:ou_aaa;wechat:wxid_a\n赵六,市州工作人员,,甘南州,\n');
    const ok = await cli('roster', 'import', good);
    expect(ok.stdout).toContain('已导入 2 人。');
    // Each new person's id, which the admin needs for the web chat's login link.
    const ids = [...ok.stdout.matchAll(/第 (\d+) 行 (\S+)：编号 (\d+)/g)].map((m) => [m[1], m[2], m[3]]);
    expect(ids.map(([line, name]) => `${line} ${name}`)).toEqual(['2 张三', '3 赵六']);
    const link = await cli('login-link', '--person', ids[1]![2]!, '--json');
    expect(JSON.parse(link.stdout)).toMatchObject({ name: '赵六' });
    // Only the good file's people exist: importing it again collides on the platform ids.
    const again = await cli('roster', 'import', good);
    expect(again.stderr).toContain('第 2 行：平台账号 lark:ou_aaa 已绑定到“张三”');
  });

  it('imports the same roster from an Excel workbook, the province and any 市州 included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(['姓名', '角色', '县', '市州', '平台账号']);
    sheet.addRow(['王省', '省级工作人员', '', '', 'lark:ou_prov']);
    sheet.addRow(['李市', '市州工作人员', '', '天水市', 'wechat:wxid_ts']);
    const file = join(dir, 'roster.xlsx');
    await workbook.xlsx.writeFile(file);
    const res = await cli('roster', 'import', file);
    expect(res.stdout).toContain('已导入 2 人。');
  });

  it('prints a one-time invite code, as JSON with --json', async () => {
    const res = await cli('invite', '--role', 'official', '--county', '卓尼县', '--json');
    const invite = JSON.parse(res.stdout) as { code: string; countyName: string };
    expect(invite.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(invite.countyName).toBe('卓尼县');
    const bad = await cli('invite', '--role', 'official', '--county', '长安县');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('未找到示范县“长安县”');
  });
});
