import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationLabel, parseNotice, type Clause } from '../../src/knowledge/index.ts';
import { importDocument, type ImportResult } from '../../src/programme-import/index.ts';

/** Fund-management rules (fictional test data) are numbered 第一章 / 第一条, and cited by their articles. */

const RULES = new URL('../fixtures/programme-import/rules-fictional.txt', import.meta.url).pathname;
let result: ImportResult;
let clauses: Map<string, Clause>;

beforeAll(async () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'shifan-rules-')), 'rules');
  result = await importDocument({ file: RULES, folder });
  const documents = Object.fromEntries(result.documents.map((d) => [d.id, { title: d.title, cite: d.cite }]));
  clauses = new Map(parseNotice(readFileSync(join(folder, 'notice.md'), 'utf8'), documents).map((c) => [c.id, c]));
}, 60_000);

describe('importing rules numbered by chapter and article', () => {
  it('nests articles under chapters, items under articles, and cites them as 第三条 and 第四条（一）', () => {
    expect(result.documents.map((d) => [d.id, d.cite])).toEqual([['rules', '《甘肃省测试示范项目资金管理办法》']]);
    expect([...clauses.keys()]).toEqual([
      'rules',
      'rules-1',
      'rules-1-1',
      'rules-1-2',
      'rules-2',
      'rules-2-3',
      'rules-2-4',
      'rules-2-4-1',
      'rules-2-4-2',
      'rules-2-5',
    ]);
    expect(clauses.get('rules-2')).toMatchObject({ title: '第二章 资金使用', section: '第二章' });
    expect(clauses.get('rules-2-3')).toMatchObject({
      title: '第三条',
      section: '第三条',
      body: '专项资金不得用于网络交易平台、楼堂馆所建设和购买流量等支出。',
    });
    expect(citationLabel(clauses.get('rules-2-5')!)).toBe('《甘肃省测试示范项目资金管理办法》第五条');
    expect(clauses.get('rules-2-4-1')).toMatchObject({ section: '第四条（一）', title: '（一）县级服务中心建设' });
  });
});
