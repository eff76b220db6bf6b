import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const clauseId = z.string().regex(/^[a-z0-9-]+$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The shape of storage/programmes/<id>/programme.json: a year's programme as data, not code. */
export const programmeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    year: z.number().int(),
    notice: z.string(),
    /** The programme's documents by id (the H1 ids of the notice): title, how cited, 文号, date, and what replaced it. */
    documents: z.record(
      z.string(),
      z.object({ title: z.string(), cite: z.string(), number: z.string().optional(), date: isoDate.optional(), supersededBy: z.string().optional() }),
    ),
    allocationClause: clauseId,
    /**
     * The 市州 that supervise the counties. `clause`: the document by which this 市州 forwarded
     * the plan, when the notice holds it (Gannan's letter); absent when its letter is unknown.
     */
    prefectures: z.array(
      z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: z.string(), fullName: z.string(), clause: clauseId.optional(), groupName: z.string() }),
    ),
    counties: z.array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        seq: z.number().int(),
        name: z.string(),
        prefecture: z.string().nullable(),
        allocationWan: z.number().positive(),
      }),
    ),
    totalWan: z.number().positive(),
    milestones: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        /** The 市州 whose deadline this is (set only by its letter); null: the whole programme's. */
        prefecture: z.string().nullable().default(null),
        aliases: z.array(z.string()),
        due: isoDate,
        /** What the province's plan requires, as every concerned county is told. */
        detail: z.string(),
        /** A 市州 letter's fuller wording, told to that 市州's counties only. */
        prefectureDetails: z.record(z.string(), z.string()).default({}),
        filedWith: z.array(z.string()),
        clauses: z.array(clauseId).min(1),
      }),
    ),
    fundRules: z.object({
      upstreamMinShare: z.object({ share: z.number(), clause: clauseId, text: z.string() }),
      serviceCentreMaxShare: z.object({ share: z.number(), clause: clauseId, text: z.string() }),
      forbiddenUses: z.object({ items: z.array(z.string()), clauses: z.array(clauseId), text: z.string() }),
    }),
    targets: z.object({
      serviceCoverage: z.object({ share: z.number(), approximate: z.boolean(), clause: clauseId, text: z.string() }),
    }),
    /** What lies outside this programme, so the Q&A can tell a question about elsewhere from one about ours. */
    scope: z.object({
      province: z.string(),
      /** Words naming the province's prefecture-level divisions (short forms, as typed). */
      prefectureWords: z.array(z.string()),
      /** Words naming other provinces or places elsewhere. */
      elsewhereWords: z.array(z.string()),
      /** Years other than the programme's that the notice itself cites (e.g. its funding rules'). */
      otherYearsAllowed: z.array(z.number().int()),
      /** Whom a refusal suggests asking (e.g. 州商务局或省商务厅). */
      askWhom: z.string(),
    }),
    /** Clauses by the role the Q&A gives them (principles, evaluation…), so no clause id is written in code. */
    clauseRoles: z.object({
      principles: clauseId,
      workContent: clauseId,
      training: clauseId,
      evaluation: clauseId,
      buildings: clauseId,
      responsibilities: clauseId,
    }),
  })
  .superRefine((p, ctx) => {
    const sum = p.counties.reduce((s, c) => s + c.allocationWan, 0);
    if (Math.abs(sum - p.totalWan) > 1e-6) ctx.addIssue({ code: 'custom', message: `counties sum to ${sum}, totalWan is ${p.totalWan}` });
    const prefectures = new Set(p.prefectures.map((x) => x.id));
    for (const c of p.counties) {
      if (c.prefecture && !prefectures.has(c.prefecture)) ctx.addIssue({ code: 'custom', message: `${c.name}: unknown prefecture ${c.prefecture}` });
    }
    for (const m of p.milestones) {
      for (const id of [m.prefecture, ...Object.keys(m.prefectureDetails)]) {
        if (id && !prefectures.has(id)) ctx.addIssue({ code: 'custom', message: `milestone ${m.id}: unknown prefecture ${id}` });
      }
      // A 市州's own deadline or wording must come from its own letter: another's cannot be quoted to it.
      for (const id of [m.prefecture, ...Object.keys(m.prefectureDetails)].filter((x): x is string => !!x)) {
        if (!p.prefectures.find((x) => x.id === id)?.clause) ctx.addIssue({ code: 'custom', message: `milestone ${m.id}: ${id} has no letter on file` });
      }
    }
  });

export type ProgrammeData = z.infer<typeof programmeSchema>;
export type CountyData = ProgrammeData['counties'][number];
export type MilestoneData = ProgrammeData['milestones'][number];

/** storage/programmes/<id>/examples.json (optional): questions officials asked, by the clause that answers them. */
const examplesSchema = z.object({
  about: z.string(),
  clauses: z.record(z.string(), z.array(z.string().min(1))),
  unanswered: z.array(z.string().min(1)).optional(),
});

/** A loaded programme: its data, its notice's Markdown and the example questions of its clauses. */
export interface Programme {
  readonly data: ProgrammeData;
  readonly noticeMarkdown: string;
  readonly folder: string;
  /** Questions asked about each clause (by clause id), which the Q&A indexes with it; empty when the folder has none. */
  readonly examples: Readonly<Record<string, readonly string[]>>;
  /** Questions asked that the notice does not answer: a question very like one is refused. */
  readonly unanswered: readonly string[];
}

export const PROGRAMMES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'storage', 'programmes');

/** Reads and validates a programme folder; fails naming the file and the bad field. */
export function loadProgramme(id: string, root = PROGRAMMES_DIR): Programme {
  const folder = join(root, id);
  const file = join(folder, 'programme.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read programme data ${file}: ${(err as Error).message}`, { cause: err });
  }
  const parsed = programmeSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`invalid programme data ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return {
    data: parsed.data,
    noticeMarkdown: readFileSync(join(folder, parsed.data.notice), 'utf8'),
    folder,
    ...loadExamples(join(folder, 'examples.json')),
  };
}

function loadExamples(file: string): Pick<Programme, 'examples' | 'unanswered'> {
  if (!existsSync(file)) return { examples: {}, unanswered: [] };
  const parsed = examplesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`invalid examples ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { examples: parsed.data.clauses, unanswered: parsed.data.unanswered ?? [] };
}

/** Finds a county by name, tolerating a missing 县/区/市 suffix. */
export function findCounty(data: ProgrammeData, name: string): CountyData | undefined {
  const bare = (s: string) => s.replace(/(县|区|市)$/, '');
  return data.counties.find((c) => c.name === name || bare(c.name) === bare(name.trim()));
}

/** Whether a clause (letter-2) belongs to a 市州's letter (letter). */
const inDocument = (clause: string, document: string) => clause === document || clause.startsWith(`${document}-`);

/**
 * What a milestone requires of the counties of one 市州 (null: said to everyone, e.g. the
 * public list): the clauses that set it, leaving out every other 市州's letter, and the
 * wording of this 市州's letter when it has one. No county is quoted a letter its 市州 did not send.
 */
export function milestoneRequirement(data: ProgrammeData, m: MilestoneData, prefectureId: string | null): { detail: string; clauses: string[] } {
  const others = data.prefectures.filter((p) => p.id !== prefectureId && p.clause).map((p) => p.clause!);
  const clauses = m.clauses.filter((c) => !others.some((doc) => inDocument(c, doc)));
  return { detail: (prefectureId && m.prefectureDetails[prefectureId]) || m.detail, clauses };
}

/** The clause that sets a stored milestone for one 市州's counties: from the programme's data, else as stored (none for one added in chat). */
export function milestoneClauseFor(
  data: ProgrammeData,
  m: { readonly id: string; readonly clauseId: string | null },
  prefectureId: string | null,
): string | null {
  const known = data.milestones.find((x) => x.id === m.id);
  return known ? (milestoneRequirement(data, known, prefectureId).clauses[0] ?? null) : m.clauseId;
}

/** Finds a prefecture by id, short name or full name. */
export function findPrefecture(data: ProgrammeData, name: string) {
  const n = name.trim();
  return data.prefectures.find((p) => p.id === n || p.name === n || p.fullName === n || p.name.replace(/[市州]$/, '') === n);
}
