import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProgramme } from '../../src/programme-import/index.ts';
import { freshFolder, HAND_MADE, SEED } from './support.ts';

/** A copy of the hand-made folder with `edit` applied to its programme.json and notice. */
function brokenFolder(edit: (data: Record<string, unknown>, notice: string) => string): string {
  const folder = freshFolder('check');
  const data = JSON.parse(readFileSync(join(HAND_MADE, 'programme.json'), 'utf8')) as Record<string, unknown>;
  const notice = edit(data, readFileSync(join(HAND_MADE, 'notice.md'), 'utf8'));
  writeFileSync(join(folder, 'programme.json'), JSON.stringify(data));
  writeFileSync(join(folder, 'notice.md'), notice);
  return folder;
}

const cli = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' }, timeout: 120_000 });

describe('programme check', () => {
  it('passes the hand-made folder', () => {
    expect(checkProgramme(HAND_MADE)).toMatchObject({ errors: [], warnings: [], documents: 3, clauses: 33 });
  });

  it('says in Chinese which rule cites a clause that is not there, which id is used twice, and which county does not add up', () => {
    const folder = brokenFolder((data, notice) => {
      const rules = data.fundRules as { upstreamMinShare: { clause: string } };
      rules.upstreamMinShare.clause = 'plan-3-1-9';
      (data.clauseRoles as Record<string, string>).training = 'plan-3-4';
      (data.counties as { name: string; allocationWan: number }[])[5]!.allocationWan = 1600;
      return notice.replace('{#plan-4-6}', '{#plan-4-5}');
    });
    const { errors } = checkProgramme(folder);
    expect(errors).toContain('programme.json 的 fundRules.upstreamMinShare.clause 引用的条款 plan-3-1-9 在通知中不存在');
    expect(errors).toContain('programme.json 的 clauseRoles.training 引用的条款 plan-3-4 在通知中不存在');
    expect(errors.some((e) => /^条款编号 plan-4-5 重复（第\d+行和第\d+行）$/.test(e))).toBe(true);
    expect(errors).toContain('各县区资金之和为30100万元，与 totalWan（30000万元）不一致');
    expect(errors).toContain('卓尼县的资金：programme.json 为1600万元，资金分配表为1500万元');
  });

  it('names a document the notice has but programme.json does not register', () => {
    const folder = brokenFolder((data, notice) => {
      delete (data.documents as Record<string, unknown>)['annex-1'];
      return notice;
    });
    expect(checkProgramme(folder).errors.some((e) => e.startsWith('通知中的文件 annex-1'))).toBe(true);
  });

  it('on the command line: import prints progress and the report, check exits 1 on errors and 0 when clean', () => {
    const folder = freshFolder('check-cli');
    const imported = cli('programme', 'import', SEED, '--into', folder);
    expect(imported.status).toBe(0);
    expect(imported.stderr).toMatch(/正在识别文件结构/);
    expect(imported.stdout).toContain('## 五、需人工核对');
    const ok = cli('programme', 'check', folder);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('检查通过，没有发现问题。');
    copyFileSync(join(HAND_MADE, 'programme.json'), join(folder, 'programme.json'));
    writeFileSync(join(folder, 'notice.md'), readFileSync(join(folder, 'notice.md'), 'utf8').replace('{#plan-3-3}', '{#plan-3-9}'));
    const bad = cli('programme', 'check', folder);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('错误：programme.json 的 clauseRoles.training 引用的条款 plan-3-3 在通知中不存在');
    expect(bad.stdout).toMatch(/发现\d+处错误，请修改后重新检查。/);
  });
});
