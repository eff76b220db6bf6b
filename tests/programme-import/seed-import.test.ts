import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEvalSet, runEval, scoreLine, type EvalSetName } from '../../src/knowledge/evaluation.ts';
import { createKnowledge, parseNotice, type Clause } from '../../src/knowledge/index.ts';
import { checkProgramme, importDocument, type ImportResult } from '../../src/programme-import/index.ts';
import { loadProgramme } from '../../src/programme.ts';
import { applyHandCorrections, freshFolder, loadFolder, SEED } from './support.ts';

/**
 * The proof of the importer: the raw OCR seed, imported with no hand work, gives the clause tree
 * of the hand-made notice.md; the OCR errors the hand transcription corrected are flagged; and
 * once a person applies the corrections, the Q&A scores exactly as on the hand-made folder.
 */

const hand = loadProgramme('gansu-2018');
const handClauses = parseNotice(hand.noticeMarkdown, hand.data.documents);
const folder = freshFolder('seed');
let result: ImportResult;
let imported: Clause[];

beforeAll(async () => {
  result = await importDocument({ file: SEED, folder, sourceLabel: '../shared/seeds/000_1cf4353fe0e761cf.txt' });
  const programme = loadFolder(folder);
  imported = parseNotice(programme.noticeMarkdown, programme.data.documents);
}, 60_000);

describe('importing the raw OCR seed', () => {
  it('finds the same documents, with their 文号, issuers, signer, addressees and copies', () => {
    expect(result.documents.map((d) => [d.id, d.cite])).toEqual(Object.entries(hand.data.documents).map(([id, d]) => [id, d.cite]));
    const letter = result.documents[0]!;
    expect(letter.number).toBe('州商办发〔2018〕183号');
    expect(letter.issuers).toEqual(['甘南州商务局', '甘南州财政局', '甘南州扶贫开发办公室']);
    expect(letter.letterhead).toBe('甘南州商务局 甘南州财政局 甘南州扶贫开发办公室文件');
    expect(letter.signer).toBe('李志明');
    expect(letter.addressees).toBe('卓尼县、迭部县、舟曲县、碌曲县商务局、财政局、扶贫办');
    expect(letter.copies).toBe('州财政局、州扶贫办');
    expect(result.documents[1]!.annexes).toEqual(['2018年电子商务进农村综合示范项目建设计划表', '甘肃省2018年电子商务进农村综合示范项目绩效目标考核办法']);
  });

  it('reproduces the hand-made clause tree: every id and citation label, and at least 95% of the headings', () => {
    const byId = new Map(imported.map((c) => [c.id, c]));
    const clauses = handClauses.filter((c) => c.level > 1);
    expect(imported.map((c) => c.id)).toEqual(handClauses.map((c) => c.id));
    const sameLabel = clauses.filter((c) => byId.get(c.id)?.section === c.section && byId.get(c.id)?.documentId === c.documentId);
    const sameHeading = clauses.filter((c) => byId.get(c.id)?.title === c.title);
    const headings = handClauses.filter((c) => byId.get(c.id)?.title === c.title);
    console.log(
      `clause tree: ${sameLabel.length}/${clauses.length} clause labels, ${sameHeading.length}/${clauses.length} clause headings (${((100 * sameHeading.length) / clauses.length).toFixed(1)}%); with the document titles ${headings.length}/${handClauses.length}`,
    );
    expect(sameLabel.length).toBe(clauses.length);
    expect(sameHeading.length / clauses.length).toBeGreaterThanOrEqual(0.95);
    // Every heading that differs differs by an OCR error the review list flags.
    for (const c of handClauses.filter((x) => byId.get(x.id)?.title !== x.title)) {
      expect(
        result.suspects.some((s) => byId.get(c.id)!.title.includes(s.text)),
        c.id,
      ).toBe(true);
    }
  });

  it('flags the OCR errors by comparison with another clause, with a suggestion, and corrects none', () => {
    const find = (t: string) => result.suspects.find((s) => s.text.includes(t));
    expect(find('直接主任主体')).toMatchObject({ suggestion: expect.stringContaining('直接责任主体'), where: '州商办发〔2018〕183号 一' });
    expect(find('直接主任主体')!.reason).toContain('五');
    expect(find('职务公开')).toMatchObject({ suggestion: expect.stringContaining('政务公开'), where: '州商办发〔2018〕183号 三' });
    expect(find('实施方案的通知》')?.suggestion).toBe('《甘肃省2018年电子商务进农村综合示范项目实施方案》');
    const notice = readFileSync(join(folder, 'notice.md'), 'utf8').replace(/<!--[\s\S]*?-->/, '');
    expect(notice).toContain('直接主任主体');
    expect(notice).toContain('做好职务公开');
  });

  it('removes layout noise and lists every kind of it', () => {
    const said = (reason: string, before: string) => result.notes.some((n) => n.reason.startsWith(reason) && n.before.includes(before));
    expect(said('扫描软件水印', '扫描全能王 创建')).toBe(true);
    expect(said('合并分页断行', '州扶贫开↵发办公室')).toBe(true);
    expect(said('合并断行', '州商↵务局')).toBe(true);
    expect(said('删除中文间多余空格', '甘肃省 2018')).toBe(true);
    expect(said('半角括号改为全角', '(一)')).toBe(true);
    expect(said('半角逗号改为全角', ',')).toBe(true);
    expect(said('联合行文版头分行排版', '甘南州商务局')).toBe(true);
    const text = imported.map((c) => `${c.title}${c.body}`).join('');
    expect(text).not.toMatch(/扫描全能王|甘肃省 2018|综合 示范|\(一\)|[\p{Script=Han}],/u);
    expect(imported.find((c) => c.id === 'letter-1')!.body).toContain('会同州财政局、州扶贫开发办公室加强对示范县的监督');
  });

  it('keeps the annex table as a table and offers its counties and amounts for the administrator to confirm', () => {
    expect(imported.find((c) => c.id === 'annex-1')!.body).toContain('6 卓尼县 1500');
    expect(result.allocation?.counties.map((c) => [c.name, c.allocationWan])).toEqual(hand.data.counties.map((c) => [c.name, c.allocationWan]));
    expect(result.allocation).toMatchObject({ totalWan: 30000, totalMatches: true });
    expect(result.report).toContain('与现有 programme.json 的县区和资金一致');
    expect(JSON.parse(readFileSync(join(folder, 'import-proposal.json'), 'utf8')).counties).toHaveLength(20);
  });

  it('writes a Chinese review report: clauses, tables, what was cleaned, what needs a person', () => {
    expect(result.report).toMatch(/识别文件3份、条款30条、表格1个/);
    expect(result.report).toContain('三（一）2');
    expect(result.report).toMatch(/## 五、需人工核对（\d+处/);
    expect(readFileSync(join(folder, 'import-report.md'), 'utf8')).toBe(result.report);
  });

  it('leaves a folder that programme check passes', () => {
    expect(checkProgramme(folder)).toMatchObject({ errors: [], documents: 3, clauses: 33 });
  });
});

describe('after the review, as an administrator would correct it', () => {
  it('every clause reads word for word as the hand-made notice once the hand transcription’s corrections are applied', () => {
    const { text } = applyHandCorrections(readFileSync(join(folder, 'notice.md'), 'utf8'));
    const corrected = new Map(parseNotice(text, loadFolder(folder).data.documents).map((c) => [c.id, c]));
    const same = handClauses.filter((c) => corrected.get(c.id)?.title === c.title && corrected.get(c.id)?.body === c.body);
    console.log(`after the corrections: ${same.length}/${handClauses.length} clauses identical in heading and text`);
    expect(same.map((c) => c.id)).toEqual(handClauses.map((c) => c.id));
  });
});

describe('the Q&A on the imported folder', () => {
  const sets: readonly EvalSetName[] = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'blind', 'blind2'];
  const score = (r: ReturnType<typeof runEval>) => [r.answerable.right, r.unanswerable.refused];

  it('scores as on the hand-made folder once the hand transcription’s corrections are applied (raw import scores printed)', () => {
    const knowledgeHand = createKnowledge(hand);
    const raw = createKnowledge(loadFolder(folder));
    const { text, applied } = applyHandCorrections(readFileSync(join(folder, 'notice.md'), 'utf8'));
    expect(applied.length).toBeGreaterThanOrEqual(5);
    const correctedFolder = freshFolder('seed-corrected');
    writeFileSync(join(correctedFolder, 'notice.md'), text);
    const corrected = createKnowledge(loadFolder(correctedFolder));
    for (const name of sets) {
      const set = loadEvalSet(name);
      const h = runEval(knowledgeHand, set);
      const r = runEval(raw, set);
      const c = runEval(corrected, set);
      // The blind set's misses are never printed.
      console.log([scoreLine(`${name} hand-made`, h), scoreLine(`${name} imported, raw`, r), scoreLine(`${name} imported, corrected`, c)].join('\n'));
      expect(score(c), name).toEqual(score(h));
      if (!name.startsWith('blind')) expect(c.failures.map((f) => f.id)).toEqual(h.failures.map((f) => f.id));
    }
  });
});
