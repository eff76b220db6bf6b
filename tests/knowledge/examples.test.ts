import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleTokens } from '../../src/knowledge/examples.ts';
import { createKnowledge, type Gate, ruleGate } from '../../src/knowledge/index.ts';
import { loadProgramme, PROGRAMMES_DIR } from '../../src/programme.ts';

const programme = loadProgramme('gansu-2018');
const now = new Date('2018-09-20T10:00:00+08:00');
const ask = (examples: Readonly<Record<string, readonly string[]>>, q: string) => createKnowledge({ ...programme, examples }).answer(q, { now });

describe('example questions indexed with their clause', () => {
  it('a question worded like an example is answered from that example’s clause', () => {
    const q = '市州商务局对示范县电商项目主要盯啥';
    expect(ask({}, q).clauseId).not.toBe('plan-4-1');
    const a = ask({ 'plan-4-1': ['市州商务局对示范县的电商项目主要盯啥'] }, q);
    expect(a.answered).toBe(true);
    expect(a.clauseId).toBe('plan-4-1');
    expect(a.citations[0]?.quote).toContain('监督各示范县加强资金使用管理');
  });

  it('an example never makes the engine answer what the notice does not say', () => {
    const examples = { 'plan-3-3': ['培训费从哪个科目列支'], 'plan-3-1-1': ['直播带货有没有支持政策'] };
    for (const q of ['培训费从哪个科目列支', '直播带货有没有支持政策']) {
      const a = ask(examples, q);
      expect(a.answered, q).toBe(false);
      expect(a.answer).toContain('通知中没有明确规定');
    }
  });

  it('words that many clauses’ examples share (请问, 要求) are not indexed; distinctive ones are', () => {
    const common = Array.from({ length: 8 }, (_, i) => [`请问第${i}条有何要求`]);
    const [first] = exampleTokens([['请问市州商务局平时盯啥有何要求'], ...common]);
    expect(first!.words).toContain('州商务局');
    expect(first!.words).not.toContain('请问');
    expect(first!.words).not.toContain('要求');
  });

  it('the programme folder’s examples are loaded, and a malformed file is named in the error', () => {
    expect(Object.keys(programme.examples).length).toBeGreaterThan(10);
    const root = mkdtempSync(join(tmpdir(), 'shifan-examples-'));
    const folder = join(root, 'bad');
    mkdirSync(folder);
    for (const f of ['programme.json', 'notice.md']) writeFileSync(join(folder, f), readProgrammeFile(f));
    writeFileSync(join(folder, 'examples.json'), JSON.stringify({ about: 'x', clauses: { 'plan-1': [''] } }));
    expect(() => loadProgramme('bad', root)).toThrow(/invalid examples .*examples\.json: clauses\.plan-1\.0/);
  });
});

describe('the nearest example question', () => {
  const k = (examples: Readonly<Record<string, readonly string[]>>, unanswered: readonly string[]) => createKnowledge({ ...programme, examples, unanswered });

  it('confirms a clause whose wording the question does not share: refused without the example, answered from its clause with it', () => {
    // (出成效 is now read as 取得有效进展 by the vocabulary: 有起色 is not.)
    const q = '要在哪几方面有起色';
    expect(k({}, []).answer(q, { now }).answered).toBe(false);
    const a = k({ 'plan-1': ['示范项目要在哪几个方面有起色'] }, []).answer(q, { now });
    expect(a.answered).toBe(true);
    expect(a.clauseId).toBe('plan-1');
  });

  it('refuses a question worded like one the notice does not answer, which the gate alone would answer from a nearby clause', () => {
    const q = '培训考核不合格的学员怎么办';
    expect(k({}, []).answer(q, { now }).answered).toBe(true);
    const a = k({}, ['培训考核不合格的学员咋处理']).answer(q, { now });
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('通知中没有明确规定');
  });

  it('is loaded from examples.json with the answered examples', () => {
    expect(programme.unanswered.length).toBeGreaterThan(50);
  });
});

describe('the answer gate', () => {
  it('decides only text retrieval: a gate that lets nothing through refuses clause questions, facts from the data still answer', () => {
    const closed: Gate = () => false;
    const k = createKnowledge(programme, closed);
    expect(k.answer('物流配送体系建设有什么要求', { now }).answered).toBe(false);
    expect(k.answer('卓尼县的资金是多少', { now }).answer).toContain('1500');
  });

  it('its thresholds can be set: a stricter coverage refuses what the shipped one answers', () => {
    const q = '物流配送体系建设有什么要求';
    expect(createKnowledge(programme, ruleGate).answer(q, { now }).answered).toBe(true);
    const strict: Gate = (kb, input) => ruleGate(kb, input, { minCoverage: 1.01, absentOverride: 1.01, subjectCovered: 1.01, minCoverageWithSubject: 1.01 });
    expect(createKnowledge(programme, strict).answer(q, { now }).answered).toBe(false);
  });
});

function readProgrammeFile(name: string): string {
  return readFileSync(join(PROGRAMMES_DIR, 'gansu-2018', name), 'utf8');
}
