import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNotice, type Clause } from '../knowledge/notice.ts';
import { programmeSchema, type ProgrammeData } from '../programme.ts';

/**
 * `programme check`: whether a programme folder will load and answer rightly. Every clause
 * programme.json cites exists in the notice, ids are unique, every document has its entry,
 * the counties add up and match the allocation table. Problems are said in Chinese.
 */

export interface CheckResult {
  readonly errors: string[];
  readonly warnings: string[];
  readonly clauses: number;
  readonly documents: number;
}

/** Every clause id programme.json cites, with where it is cited. */
function citedClauses(data: ProgrammeData): { path: string; id: string }[] {
  return [
    { path: 'allocationClause', id: data.allocationClause },
    // A 市州 whose forwarding letter is not on file cites no clause.
    ...data.prefectures.flatMap((p, i) => (p.clause ? [{ path: `prefectures[${i}].clause（${p.name}）`, id: p.clause }] : [])),
    ...data.milestones.flatMap((m) => m.clauses.map((id, j) => ({ path: `milestones.${m.id}.clauses[${j}]`, id }))),
    { path: 'fundRules.upstreamMinShare.clause', id: data.fundRules.upstreamMinShare.clause },
    { path: 'fundRules.serviceCentreMaxShare.clause', id: data.fundRules.serviceCentreMaxShare.clause },
    ...data.fundRules.forbiddenUses.clauses.map((id, j) => ({ path: `fundRules.forbiddenUses.clauses[${j}]`, id })),
    { path: 'targets.serviceCoverage.clause', id: data.targets.serviceCoverage.clause },
    ...Object.entries(data.clauseRoles).map(([role, id]) => ({ path: `clauseRoles.${role}`, id })),
  ];
}

const bare = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '');

/** Rows of the allocation clause's table: name → amount. */
function tableRows(clause: Clause | undefined): Map<string, number> {
  const rows = new Map<string, number>();
  for (const line of clause?.body.split('\n') ?? []) {
    const m = /^\d+\s+(\S+?(?:县|区|市|旗))\s+([\d.]+)$/.exec(line.trim());
    if (m) rows.set(m[1]!, Number(m[2]));
  }
  return rows;
}

function checkCounties(data: ProgrammeData, byId: ReadonlyMap<string, Clause>, errors: string[], warnings: string[]): void {
  const dup = (values: readonly (string | number)[]) => values.filter((v, i) => values.indexOf(v) !== i);
  for (const id of dup(data.counties.map((c) => c.id))) errors.push(`县区 id 重复：${id}`);
  for (const name of dup(data.counties.map((c) => c.name))) errors.push(`县区名称重复：${name}`);
  for (const seq of dup(data.counties.map((c) => c.seq))) errors.push(`县区序号重复：${seq}`);
  const sum = data.counties.reduce((s, c) => s + c.allocationWan, 0);
  if (Math.abs(sum - data.totalWan) > 1e-6) errors.push(`各县区资金之和为${sum}万元，与 totalWan（${data.totalWan}万元）不一致`);
  const prefectures = new Set(data.prefectures.map((p) => p.id));
  for (const c of data.counties) if (c.prefecture && !prefectures.has(c.prefecture)) errors.push(`${c.name}所属的州 ${c.prefecture} 不在 prefectures 中`);
  const rows = tableRows(byId.get(data.allocationClause));
  if (!rows.size) {
    warnings.push(`资金分配表（${data.allocationClause}）中没有读到县区行，无法与 counties 核对`);
    return;
  }
  for (const c of data.counties) {
    const amount = rows.get(c.name);
    if (amount === undefined) errors.push(`${c.name}在 programme.json 中有，但资金分配表（${data.allocationClause}）中没有`);
    else if (amount !== c.allocationWan) errors.push(`${c.name}的资金：programme.json 为${c.allocationWan}万元，资金分配表为${amount}万元`);
  }
  for (const name of rows.keys()) if (!data.counties.some((c) => c.name === name)) errors.push(`资金分配表中的${name}不在 programme.json 的 counties 中`);
  // A prefecture's letter names its counties (卓尼县、迭部县…商务局): they should be the prefecture's counties.
  for (const p of data.prefectures) {
    const head = p.clause ? (byId.get(p.clause)?.body ?? '') : '';
    for (const c of data.counties)
      if (head.includes(c.name) && c.prefecture !== p.id) warnings.push(`${p.name}的通知主送${c.name}，但 programme.json 中${c.name}不属于${p.name}`);
  }
}

/** examples.json (optional): questions by clause id; one for a clause the notice no longer has is never used. */
function checkExamples(file: string, byId: ReadonlyMap<string, Clause>, errors: string[], warnings: string[]): void {
  if (!existsSync(file)) return;
  let clauses: Record<string, unknown>;
  try {
    clauses = (JSON.parse(readFileSync(file, 'utf8')) as { clauses?: Record<string, unknown> }).clauses ?? {};
  } catch (err) {
    errors.push(`examples.json 不是有效的 JSON：${(err as Error).message}`);
    return;
  }
  for (const id of Object.keys(clauses)) if (!byId.has(id)) warnings.push(`examples.json 中的示例问题所属条款 ${id} 在通知中不存在，这些示例不会生效`);
}

/** Checks a programme folder; never throws for what is wrong in it. */
export function checkProgramme(folder: string): CheckResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const file = join(folder, 'programme.json');
  if (!existsSync(file)) return { errors: [`找不到 ${file}`], warnings, clauses: 0, documents: 0 };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return { errors: [`programme.json 不是有效的 JSON：${(err as Error).message}`], warnings, clauses: 0, documents: 0 };
  }
  const parsed = programmeSchema.safeParse(raw);
  // The schema's own cross-checks (the counties' sum) are said below in Chinese; a wrong shape stops here.
  const shape = parsed.success ? [] : parsed.error.issues.filter((i) => i.code !== 'custom');
  if (shape.length)
    return { errors: shape.map((i) => `programme.json 的 ${i.path.join('.') || '（顶层）'} 不符合要求：${i.message}`), warnings, clauses: 0, documents: 0 };
  const data = parsed.success ? parsed.data : (raw as ProgrammeData);
  const noticeFile = join(folder, data.notice);
  if (!existsSync(noticeFile)) return { errors: [`找不到通知文件 ${noticeFile}`], warnings, clauses: 0, documents: 0 };
  const markdown = readFileSync(noticeFile, 'utf8');
  const clauses = parseNotice(markdown, data.documents);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const seen = new Map<string, number>();
  markdown
    .replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ''))
    .split('\n')
    .forEach((line, i) => {
      const id = /^#{1,6}\s+.*\{#([a-z0-9-]+)\}\s*$/.exec(line)?.[1];
      if (!id) return;
      if (seen.has(id)) errors.push(`条款编号 ${id} 重复（第${seen.get(id)}行和第${i + 1}行）`);
      else seen.set(id, i + 1);
    });
  const docs = clauses.filter((c) => c.level === 1);
  for (const d of docs) if (!data.documents[d.id]) errors.push(`通知中的文件 ${d.id}（${d.title}）在 programme.json 的 documents 中没有登记`);
  for (const [id, d] of Object.entries(data.documents)) {
    if (!byId.has(id)) errors.push(`programme.json 登记的文件 ${id}（${d.cite}）在通知中找不到`);
    if (d.supersededBy && !data.documents[d.supersededBy]) errors.push(`文件 ${id} 标注被 ${d.supersededBy} 取代，但 ${d.supersededBy} 未登记`);
  }
  for (const { path, id } of citedClauses(data)) if (!byId.has(id)) errors.push(`programme.json 的 ${path} 引用的条款 ${id} 在通知中不存在`);
  const rules = [data.fundRules.upstreamMinShare, data.fundRules.serviceCentreMaxShare, data.targets.serviceCoverage];
  for (const r of rules) {
    const c = byId.get(r.clause);
    if (c && !bare(c.body).includes(bare(r.text))) warnings.push(`规则“${r.text}”在所引条款 ${r.clause} 的原文中找不到，请核对`);
  }
  for (const m of data.milestones) {
    const [, month] = m.due.split('-').map(Number);
    if (!m.clauses.some((id) => byId.get(id)?.body.includes(`${month}月`)))
      warnings.push(`时间节点“${m.title}”（${m.due}）所引条款中没有写到${month}月，请核对`);
  }
  checkCounties(data, byId, errors, warnings);
  checkExamples(join(folder, 'examples.json'), byId, errors, warnings);
  return { errors, warnings, clauses: clauses.length, documents: docs.length };
}
