import { sectionLabel } from '../knowledge/notice.ts';
import type { ImportedDocument } from './types.ts';

/** Where a source line ended up, as a person cites it: 州商办发〔2018〕183号 一, 《…实施方案》三（一）1, 附件1 首部. */
export function locator(docs: readonly ImportedDocument[]): (line: number) => string {
  const marks = docs
    .flatMap((d) => [
      { line: d.line, label: `${d.cite} 首部` },
      ...d.clauses.map((c) => ({
        line: c.line,
        label: `${d.cite}${d.cite.endsWith('》') ? '' : ' '}${c.heading === '附件' ? '附件目录' : sectionLabel(c.id, d.id, c.heading.replace(/^\d+\.\s*/, ''))}`,
      })),
    ])
    .sort((a, b) => a.line - b.line);
  return (line) => {
    let label = marks[0]?.label ?? '';
    for (const m of marks) if (m.line <= line) label = m.label;
    return label;
  };
}
