import type { ImportedTable } from './types.ts';

/** Tables kept as tables, and the allocation table offered as programme data for the administrator to confirm. */

export function asTable(rows: readonly (readonly string[])[], unit?: string): ImportedTable {
  const width = Math.max(...rows.map((r) => r.length));
  const pad = (r: readonly string[]) => [...r, ...Array<string>(width - r.length).fill('')];
  return { header: pad(rows[0] ?? []), rows: rows.slice(1).map(pad), ...(unit ? { unit } : {}) };
}

/** A county's row of an allocation table, as programme.json would hold it (allocationWan in 万元). */
export interface ProposedCounty {
  readonly seq: number;
  readonly name: string;
  readonly allocationWan: number;
}

export interface ProposedAllocation {
  readonly counties: readonly ProposedCounty[];
  readonly totalWan: number | null;
  /** Whether the stated total (合计) equals the sum of the rows. */
  readonly totalMatches: boolean;
}

const PLACE = /(县|区|市|旗|州)$/;

/** An allocation table's counties and amounts: a column of places and a column of money, in 万元 or 元. */
export function proposeAllocation(table: ImportedTable): ProposedAllocation | undefined {
  const placeCol = table.header.findIndex((h) => /县|区|地区|单位名称|示范县/.test(h));
  const moneyCol = table.header.findIndex((h) => /资金|金额|补贴|补助|万元|元/.test(h));
  if (placeCol < 0 || moneyCol < 0) return undefined;
  const inYuan = !/万元/.test(`${table.unit ?? ''}${table.header[moneyCol]}`) && /元/.test(`${table.unit ?? ''}${table.header[moneyCol]}`);
  const amount = (s: string) => {
    const n = Number(s.replace(/[,，\s]/g, ''));
    return Number.isFinite(n) && s.trim() !== '' ? (inYuan ? n / 10_000 : n) : undefined;
  };
  const counties: ProposedCounty[] = [];
  let total: number | null = null;
  for (const row of table.rows) {
    const label = row.join('');
    const value = amount(row[moneyCol] ?? '');
    if (/合计|总计/.test(label)) {
      // A total row leaves cells empty, which a PDF's text does not keep: its last figure is the total.
      total =
        [...row]
          .reverse()
          .map(amount)
          .find((v) => v !== undefined) ?? null;
      continue;
    }
    const name = (row[placeCol] ?? '').trim();
    if (!PLACE.test(name) || value === undefined) continue;
    const seq = Number(row[0]);
    counties.push({ seq: Number.isInteger(seq) && seq > 0 ? seq : counties.length + 1, name, allocationWan: value });
  }
  if (!counties.length) return undefined;
  const sum = counties.reduce((s, c) => s + c.allocationWan, 0);
  return { counties, totalWan: total, totalMatches: total === null || Math.abs(total - sum) < 1e-6 };
}
