import { performance } from 'node:perf_hooks';
import { createKnowledge } from '../src/knowledge/index.ts';
import { loadProgramme } from '../src/programme.ts';
import { EVAL_SET } from '../tests/knowledge/eval-set.ts';
import { DEFAULT_NOW, runEval } from '../tests/knowledge/eval-score.ts';

const BUILDS = 20;
const ROUNDS = 20;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Index build time and per-question latency over the evaluation set, plus its score. */
export async function run(): Promise<Record<string, number | string>> {
  const programme = loadProgramme('gansu-2018');

  let t = performance.now();
  let knowledge = createKnowledge(programme);
  const coldBuild = performance.now() - t;
  const builds: number[] = [];
  for (let i = 0; i < BUILDS; i++) {
    t = performance.now();
    knowledge = createKnowledge(programme);
    builds.push(performance.now() - t);
  }
  builds.sort((a, b) => a - b);

  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of EVAL_SET) {
      const now = new Date(c.now ?? DEFAULT_NOW);
      t = performance.now();
      knowledge.answer(c.q, { now });
      latencies.push(performance.now() - t);
    }
  }
  latencies.sort((a, b) => a - b);
  const score = runEval(knowledge, EVAL_SET);

  return {
    qa_index_build_cold_ms: coldBuild,
    qa_index_build_ms: percentile(builds, 50),
    qa_clauses: knowledge.clauses.length,
    qa_questions: EVAL_SET.length,
    qa_p50_ms: percentile(latencies, 50),
    qa_p99_ms: percentile(latencies, 99),
    qa_max_ms: latencies.at(-1) ?? 0,
    qa_eval_score: `${score.passed}/${score.total}`,
  };
}
