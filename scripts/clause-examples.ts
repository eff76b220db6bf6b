/**
 * The Q&A's example questions (storage/programmes/<id>/examples.json, indexed with the clause they
 * ask about: src/knowledge/examples.ts), built from the development sets, and what they are worth
 * on questions they were not built from.
 *
 *   npx tsx scripts/clause-examples.ts           held out: examples from five development sets, scored on the sixth
 *   npx tsx scripts/clause-examples.ts --write   writes examples.json from all six
 *
 * An example is an answerable question with one expected clause. The blind set is never read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKnowledge } from '../src/knowledge/index.ts';
import { type EvalSetName, loadEvalSet, runEval, scoreLine } from '../src/knowledge/evaluation.ts';
import { loadProgramme } from '../src/programme.ts';

const SETS: readonly EvalSetName[] = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6'];
const programme = loadProgramme('gansu-2018');

function examplesFrom(sets: readonly EvalSetName[]): Record<string, string[]> {
  const byClause: Record<string, string[]> = {};
  for (const set of sets) {
    for (const c of loadEvalSet(set)) {
      if (!c.answerable || c.clause?.length !== 1) continue;
      const id = c.clause[0]!;
      (byClause[id] ??= []).push(c.q);
    }
  }
  return Object.fromEntries(Object.entries(byClause).sort(([a], [b]) => a.localeCompare(b)));
}

if (process.argv.includes('--write')) {
  const clauses = examplesFrom(SETS);
  const about = `Questions from the development sets (${SETS.join(', ')}), by the clause that answers them; written by scripts/clause-examples.ts --write, not by hand.`;
  writeFileSync(join(programme.folder, 'examples.json'), `${JSON.stringify({ about, clauses }, null, 2)}\n`);
  console.log(
    `Wrote ${join(programme.folder, 'examples.json')}: ${Object.values(clauses).flat().length} questions for ${Object.keys(clauses).length} clauses.`,
  );
} else {
  console.log('Examples from five development sets, scored on the sixth:');
  for (const held of SETS) {
    const set = loadEvalSet(held);
    const without = createKnowledge({ ...programme, examples: {} });
    const withExamples = createKnowledge({ ...programme, examples: examplesFrom(SETS.filter((s) => s !== held)) });
    console.log(`  without examples ${scoreLine(held, runEval(without, set))}`);
    console.log(`  with examples    ${scoreLine(held, runEval(withExamples, set))}`);
  }
}
