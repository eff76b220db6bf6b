import { sectionLabel } from '../knowledge/notice.ts';
import type { ProposedAllocation } from './tables.ts';
import type { CleanNote, ImportedDocument, Suspect } from './types.ts';

/** The review report in Chinese: documents, clauses, tables, what was cleaned, what needs a person's eye. */

export interface ReportInput {
  readonly file: string;
  readonly folder: string;
  readonly documents: readonly ImportedDocument[];
  readonly notes: readonly (CleanNote & { readonly where: string })[];
  readonly suspects: readonly (Suspect & { readonly where: string })[];
  readonly allocation?: ProposedAllocation;
  readonly programme?: { readonly counties?: readonly { readonly name: string; readonly allocationWan: number }[]; readonly totalWan?: number };
}

const or = (v: string | undefined, none = '未识别') => v ?? none;

function documentLines(d: ImportedDocument): string[] {
  return [
    `- ${d.cite}（id：${d.id}）《${d.title}》`,
    `  发文机关：${d.issuers.length ? d.issuers.join('、') : '未识别'}；文号：${or(d.number, '无')}；签发人：${or(d.signer, '无')}；成文日期：${or(d.date)}`,
    `  主送：${or(d.addressees, '无')}；抄送：${or(d.copies, '无')}；附件：${d.annexes.length ? d.annexes.map((a, i) => `${i + 1}. ${a}`).join(' ') : '无'}`,
  ];
}

/** What the allocation table says beside programme.json's counties. */
function allocationLines(a: ProposedAllocation, programme: ReportInput['programme']): string[] {
  const sum = a.counties.reduce((s, c) => s + c.allocationWan, 0);
  const lines = [
    `- 资金分配表：${a.counties.length}个县区，各行合计${sum}万元${a.totalWan === null ? '（表中无合计行）' : a.totalMatches ? `，与表中“合计”${a.totalWan}万元一致` : `，与表中“合计”${a.totalWan}万元不一致，请核对`}。`,
    '  已写入 import-proposal.json，供管理员核对；确认无误后再写入 programme.json 的 counties 与 totalWan（导入不会自动改动县区数据）。',
  ];
  if (!programme?.counties) return lines;
  const known = new Map(programme.counties.map((c) => [c.name, c.allocationWan]));
  const differ = a.counties
    .filter((c) => known.get(c.name) !== c.allocationWan)
    .map((c) => `${c.name}（表中${c.allocationWan}万元，现有${known.get(c.name) ?? '无此县'}）`);
  const missing = programme.counties.filter((c) => !a.counties.some((x) => x.name === c.name)).map((c) => c.name);
  lines.push(
    differ.length || missing.length
      ? `  与现有 programme.json 不一致：${[...differ, ...missing.map((m) => `${m}（表中没有）`)].join('、')}。`
      : '  与现有 programme.json 的县区和资金一致。',
  );
  return lines;
}

export function importReport(input: ReportInput): string {
  const { documents, notes, suspects } = input;
  const clauses = documents.reduce((n, d) => n + d.clauses.length, 0);
  const tables = documents.flatMap((d) => d.tables.map((t) => ({ d, t })));
  const kinds = new Map<string, number>();
  for (const n of notes) kinds.set(n.reason.replace(/，\d+处$/, ''), (kinds.get(n.reason.replace(/，\d+处$/, '')) ?? 0) + 1);
  const out = [
    `# 导入报告`,
    '',
    `源文件：${input.file}`,
    `写入目录：${input.folder}`,
    `概况：识别文件${documents.length}份、条款${clauses}条、表格${tables.length}个；清理版面噪声${notes.length}处；需人工核对${suspects.length}处。`,
    '',
    '## 一、文件',
    '',
    ...documents.flatMap(documentLines),
    '',
    `## 二、条款（${clauses}条）`,
    '',
    ...documents.flatMap((d) => [
      `- ${d.cite}：`,
      ...d.clauses.map(
        (c) => `  - ${c.heading === '附件' ? '附件目录' : sectionLabel(c.id, d.id, c.heading.replace(/^\d+\.\s*/, ''))}　${c.heading}（${c.id}）`,
      ),
    ]),
    '',
    `## 三、表格（${tables.length}个）`,
    '',
    ...tables.map(({ d, t }) => `- ${d.cite}：${t.header.length}列×${t.rows.length}行，表头：${t.header.join('、')}${t.unit ? `（${t.unit}）` : ''}`),
    ...(input.allocation ? allocationLines(input.allocation, input.programme) : []),
    '',
    `## 四、已清理的版面噪声（${notes.length}处，未改动文字）`,
    '',
    ...[...kinds].map(([k, n]) => `- ${k}：${n}处`),
    '',
    ...notes.map((n) => `- 第${n.line}行（${n.where}）「${n.before}」→「${n.after}」：${n.reason}`),
    '',
    `## 五、需人工核对（${suspects.length}处，导入时未改动）`,
    '',
    ...(suspects.length
      ? suspects.map((s) => `- 第${s.line}行（${s.where}）「${s.text}」${s.suggestion ? `，建议改为「${s.suggestion}」` : ''}：${s.reason}`)
      : ['- 无']),
    '',
    '## 下一步',
    '',
    '1. 按第五部分逐条核对原件，在 notice.md 中直接修改确有错误之处；',
    '2. 核对 import-proposal.json 中的县区与资金，确认后写入 programme.json；',
    `3. 运行 npm run cli -- programme check ${input.folder}，无错误后在机器人中发送“重新加载通知”（或重启）使新内容生效。`,
    '',
  ];
  return out.join('\n');
}
