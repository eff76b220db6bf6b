import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseNotice, type Clause } from '../../src/knowledge/index.ts';
import { importDocument, type ImportResult } from '../../src/programme-import/index.ts';

/**
 * A next-year notice (fictional test data, tests/fixtures/programme-import/notice-2019-fictional.txt)
 * with what the seed lacks: numbering five levels deep, page numbers, a date in Chinese numerals,
 * a 落款, an annex opened by its own 附件1 line, into a folder that has no programme.json yet.
 */

const NOTICE = new URL('../fixtures/programme-import/notice-2019-fictional.txt', import.meta.url).pathname;
const folder = join(mkdtempSync(join(tmpdir(), 'shifan-2019-')), 'next-year');
let result: ImportResult;
let clauses: Map<string, Clause>;

beforeAll(async () => {
  result = await importDocument({ file: NOTICE, folder });
  clauses = new Map(
    parseNotice(readFileSync(join(folder, 'notice.md'), 'utf8'), Object.fromEntries(result.documents.map((d) => [d.id, { title: d.title, cite: d.cite }]))).map(
      (c) => [c.id, c],
    ),
  );
}, 60_000);

describe('importing a notice with deeper numbering and a full frame', () => {
  it('reads the frame: 版头 over two lines, 文号, a title over two lines, 主送, 落款 and the date in Chinese numerals', () => {
    const [letter, annex] = result.documents;
    expect(letter).toMatchObject({
      id: 'letter',
      number: '甘商务函〔2019〕88号',
      date: '2019-03-05',
      addressees: '各市州商务局、财政局',
      letterhead: '甘肃省商务厅 甘肃省财政厅文件',
    });
    expect(letter!.title).toBe('甘肃省商务厅 甘肃省财政厅关于做好2019年电子商务进农村综合示范测试工作的通知');
    expect(letter!.annexes).toEqual(['2019年测试示范县资金安排表']);
    expect(annex).toMatchObject({ id: 'annex-1', cite: '附件1', title: '2019年测试示范县资金安排表' });
  });

  it('nests 一、（一）1.（1）① with ids in the notice’s scheme and labels as people cite them', () => {
    expect([...clauses.keys()].filter((id) => id.startsWith('letter-1'))).toEqual([
      'letter-1',
      'letter-1-1',
      'letter-1-1-1',
      'letter-1-1-1-1',
      'letter-1-1-1-2',
      'letter-1-1-1-2-1',
      'letter-1-1-1-2-2',
      'letter-1-1-2',
      'letter-1-2',
    ]);
    expect(clauses.get('letter-1-1-1-1')).toMatchObject({ level: 5, title: '（1）场地要求', section: '一（一）1（1）', body: '服务中心面积不少于500平方米。' });
    expect(clauses.get('letter-1-1-1-2-2')).toMatchObject({ level: 6, section: '一（一）1（2）②' });
    expect(clauses.get('letter-1-1-2')).toMatchObject({ title: '乡镇服务站', section: '一（一）2' });
  });

  it('removes the page numbers and says where they were; merges the broken lines', () => {
    expect(result.notes.filter((n) => n.kind === 'page-number').map((n) => n.before)).toEqual(['— 1 —', '— 2 —']);
    expect(clauses.get('letter-2')!.body).toBe('各示范县补贴资金见附件1，资金使用比例按有关规定执行。');
    expect([...clauses.values()].some((c) => /— \d —/.test(c.body))).toBe(false);
  });

  it('offers the annex table as counties and amounts, and writes no programme.json of its own', () => {
    expect(result.allocation).toEqual({
      counties: [
        { seq: 1, name: '测试一县', allocationWan: 2000 },
        { seq: 2, name: '测试二区', allocationWan: 2000 },
      ],
      totalWan: 4000,
      totalMatches: true,
    });
    expect(clauses.get('annex-1')!.body).toContain('1 测试一县 2000');
    expect(existsSync(join(folder, 'programme.json'))).toBe(false);
    expect(existsSync(join(folder, 'import-proposal.json'))).toBe(true);
  });
});
