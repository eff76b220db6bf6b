import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evalReport, loadEvalSet, runEval } from '../../src/knowledge/evaluation.ts';
import { createKnowledge, type Knowledge } from '../../src/knowledge/index.ts';
import { checkProgramme, importDocument } from '../../src/programme-import/index.ts';
import { loadProgramme } from '../../src/programme.ts';
import { HAND_MADE, loadFolder } from './support.ts';

/**
 * Several documents in one programme: a short supplementary notice (fictional test data,
 * tests/fixtures/programme-import/supplement-fictional-test-data.txt) that moves the 综合示范专栏
 * from the county government's website to the prefecture's, imported beside the hand-made notice.
 */

const SUPPLEMENT = new URL('../fixtures/programme-import/supplement-fictional-test-data.txt', import.meta.url).pathname;
const now = new Date('2018-10-20T10:00:00+08:00');
const folder = join(mkdtempSync(join(tmpdir(), 'shifan-supplement-')), 'gansu-2018');
let knowledge: Knowledge;

beforeAll(async () => {
  cpSync(HAND_MADE, folder, { recursive: true });
  await importDocument({ file: SUPPLEMENT, folder, as: 'supplement-1' });
  knowledge = createKnowledge(loadFolder(folder));
}, 60_000);

describe('a supplementary notice beside the programme’s notice', () => {
  it('is imported as a document of its own, with its 文号 and date, and the folder still checks', () => {
    const data = loadFolder(folder).data;
    expect(data.documents['supplement-1']).toMatchObject({ cite: '州商函〔2018〕999号', number: '州商函〔2018〕999号', date: '2018-10-08' });
    expect(Object.keys(data.documents)).toEqual(['letter', 'plan', 'annex-1', 'supplement-1']);
    expect(knowledge.clause('supplement-1-1')?.title).toBe('一、综合示范专栏统一设在州商务局门户网站');
    expect(checkProgramme(folder).errors).toEqual([]);
  });

  it('answers from the newer notice first, cites its 文号, and says the older one differs', () => {
    const a = knowledge.answer('综合示范专栏设在哪里？', { now });
    expect(a.clauseId).toBe('supplement-1-1');
    expect(a.answer).toMatch(/^根据州商函〔2018〕999号 一：.*州商务局门户网站/);
    expect(a.answer).toContain('此前州商办发〔2018〕183号 三的规定与此不同');
    expect(a.answer).toContain('请以较新的州商函〔2018〕999号为准');
    expect(a.citations.map((c) => `${c.source} ${c.section}`)).toEqual(['州商函〔2018〕999号 一', '州商办发〔2018〕183号 三']);
  });

  it('leaves questions the supplement does not touch as they were', () => {
    const hand = createKnowledge(loadProgramme('gansu-2018'));
    for (const q of ['公共服务中心资金比例是多少？', '卓尼县补贴多少钱', '培训要做记录吗', '长期闲置的资金怎么处理']) {
      expect(knowledge.answer(q, { now }).answer, q).toBe(hand.answer(q, { now }).answer);
    }
    // The dev set still scores (printed with its misses: the questions about the 专栏 now follow the supplement).
    const dev = runEval(knowledge, loadEvalSet('dev'));
    console.log(evalReport('dev with the supplement', dev));
    // Every answer that changed is one the supplement changes: it now comes from the supplement.
    expect(dev.failures.map((f) => f.clause)).toEqual(dev.failures.map(() => 'supplement-1-1'));
    expect(dev.answerable.right / dev.answerable.total).toBeGreaterThanOrEqual(0.97);
    expect(dev.unanswerable.refused).toBe(dev.unanswerable.total);
  });

  it('says that two documents agree when they set the same date (the letter and the plan on the 9月30日 filing)', () => {
    const a = knowledge.answer('实施方案什么时候报备？', { now });
    expect(a.citations[0]!.source).toBe('州商办发〔2018〕183号');
    expect(a.answer).toContain('州商办发〔2018〕183号 二与《甘肃省2018年电子商务进农村综合示范项目实施方案》四（二）对这一时间的规定一致');
  });

  it('says so when an answer comes from a document marked superseded', () => {
    const file = join(folder, 'programme.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.documents.letter.supersededBy = 'supplement-1';
    writeFileSync(file, JSON.stringify(data));
    const marked = createKnowledge(loadFolder(folder));
    const a = marked.answer('州商务局是什么角色', { now });
    expect(a.clauseId).toBe('letter-1');
    expect(a.answer).toMatch(/^请注意：州商办发〔2018〕183号已被州商函〔2018〕999号取代，以下内容仅供参考/);
    expect(marked.answer('公共服务中心资金比例是多少？', { now }).answer).not.toContain('取代');
    expect(checkProgramme(folder).errors).toEqual([]);
  });

  it('without --as, gets a fresh id rather than replacing another document that would have the same one', async () => {
    const other = join(mkdtempSync(join(tmpdir(), 'shifan-supplement-')), 'gansu-2018');
    cpSync(HAND_MADE, other, { recursive: true });
    const imported = await importDocument({ file: SUPPLEMENT, folder: other });
    expect(imported.documents.map((d) => d.id)).toEqual(['letter-b']);
    expect(Object.keys(loadFolder(other).data.documents)).toEqual(['letter', 'plan', 'annex-1', 'letter-b']);
    expect(createKnowledge(loadFolder(other)).clause('letter-b-1')?.section).toBe('一');
    await expect(importDocument({ file: SUPPLEMENT, folder: other, as: 'plan-3' })).rejects.toThrow('编号 plan-3 已是通知中某一条款的编号');
    expect(checkProgramme(other).errors).toEqual([]);
  });

  it('replaces the document when it is imported again under the same id, keeping the notice as it was in notice.md.bak', async () => {
    const before = readFileSync(join(folder, 'notice.md'), 'utf8');
    await importDocument({ file: SUPPLEMENT, folder, as: 'supplement-1' });
    expect(readFileSync(join(folder, 'notice.md.bak'), 'utf8')).toBe(before);
    const notice = readFileSync(join(folder, 'notice.md'), 'utf8');
    expect(notice.match(/\{#supplement-1\}/g)).toHaveLength(1);
    expect(notice.match(/\{#letter\}/g)).toHaveLength(1);
    expect(checkProgramme(folder).errors).toEqual([]);
  });
});
